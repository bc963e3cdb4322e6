// This file is generated. Do not edit it by hand.
// Source: specs/ncloud/classic-nas.yaml
// Regenerate with: pnpm generate

import type { OperationMetadata, Shape } from "../runtime";

const R1 = {
  "content": {
    "application/json": {
      "schema": {
        "ref": "CreateNasVolumeSnapshotResponseBody"
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
} as const;

const R2 = {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "ServiceErrorBody"
          },
          {
            "ref": "GatewayErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
} as const;

const R3 = {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "GatewayErrorBody"
          },
          {
            "ref": "ServiceErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
} as const;

const R4 = {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
} as const;

const P1 = {
  "name": "nasVolumeInstanceNo",
  "in": "query",
  "required": true,
  "schema": {
    "ref": "NasVolumeInstanceNo"
  }
} as const;

const P2 = {
  "name": "responseFormatType",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "ResponseFormatType"
  }
} as const;

const R5 = {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GetNasVolumeInstanceListResponseBody"
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
} as const;

const R6 = {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GetNasVolumeSnapshotListResponseBody"
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
} as const;

/** Every operation of this API: method, path, parameters, body and responses, from the spec. */
export const OPERATIONS = {
  "createNasVolumeSnapshot": {
    "operationId": "createNasVolumeSnapshot",
    "method": "POST",
    "path": "/server/v2/createNasVolumeSnapshot",
    "parameters": [],
    "requestBody": {
      "mediaType": "application/x-www-form-urlencoded",
      "required": true,
      "schema": {
        "ref": "CreateNasVolumeSnapshotForm"
      },
      "properties": [
        "nasVolumeInstanceNo",
        "responseFormatType"
      ]
    },
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "CreateNasVolumeSnapshotResponseBody"
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "400": {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "ServiceErrorBody"
          },
          {
            "ref": "GatewayErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "GatewayErrorBody"
          },
          {
            "ref": "ServiceErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "404": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "413": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "504": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
}
    },
    "security": [
      [
        "ncpAccessKey",
        "ncpSignature",
        "ncpTimestamp"
      ]
    ]
  },
  "createNasVolumeSnapshotViaGet": {
    "operationId": "createNasVolumeSnapshotViaGet",
    "method": "GET",
    "path": "/server/v2/createNasVolumeSnapshot",
    "parameters": [
      {
  "name": "nasVolumeInstanceNo",
  "in": "query",
  "required": true,
  "schema": {
    "ref": "NasVolumeInstanceNo"
  }
},
      {
  "name": "responseFormatType",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "ResponseFormatType"
  }
}
    ],
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "CreateNasVolumeSnapshotResponseBody"
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "400": {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "ServiceErrorBody"
          },
          {
            "ref": "GatewayErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "GatewayErrorBody"
          },
          {
            "ref": "ServiceErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "404": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "504": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
}
    },
    "security": [
      [
        "ncpAccessKey",
        "ncpSignature",
        "ncpTimestamp"
      ]
    ]
  },
  "getNasVolumeInstanceList": {
    "operationId": "getNasVolumeInstanceList",
    "method": "POST",
    "path": "/server/v2/getNasVolumeInstanceList",
    "parameters": [],
    "requestBody": {
      "mediaType": "application/x-www-form-urlencoded",
      "required": false,
      "schema": {
        "ref": "GetNasVolumeInstanceListForm"
      },
      "properties": [
        "isEventConfiguration",
        "isSnapshotConfiguration",
        "nasVolumeInstanceNoList",
        "regionNo",
        "responseFormatType",
        "volumeAllotmentProtocolTypeCode",
        "zoneNo"
      ]
    },
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GetNasVolumeInstanceListResponseBody"
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "400": {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "ServiceErrorBody"
          },
          {
            "ref": "GatewayErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "GatewayErrorBody"
          },
          {
            "ref": "ServiceErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "404": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "413": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "504": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
}
    },
    "security": [
      [
        "ncpAccessKey",
        "ncpSignature",
        "ncpTimestamp"
      ]
    ]
  },
  "getNasVolumeInstanceListViaGet": {
    "operationId": "getNasVolumeInstanceListViaGet",
    "method": "GET",
    "path": "/server/v2/getNasVolumeInstanceList",
    "parameters": [
      {
  "name": "volumeAllotmentProtocolTypeCode",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "VolumeAllotmentProtocolTypeCode"
  }
},
      {
  "name": "isEventConfiguration",
  "in": "query",
  "required": false,
  "schema": {
    "type": "boolean"
  }
},
      {
  "name": "isSnapshotConfiguration",
  "in": "query",
  "required": false,
  "schema": {
    "type": "boolean"
  }
},
      {
  "name": "nasVolumeInstanceNoList",
  "in": "query",
  "required": false,
  "schema": {
    "type": "array",
    "items": {
      "ref": "NasVolumeInstanceNo"
    }
  },
  "indexed": true
},
      {
  "name": "regionNo",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "RegionNo"
  }
},
      {
  "name": "zoneNo",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "ZoneNo"
  }
},
      {
  "name": "responseFormatType",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "ResponseFormatType"
  }
}
    ],
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GetNasVolumeInstanceListResponseBody"
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "400": {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "ServiceErrorBody"
          },
          {
            "ref": "GatewayErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "GatewayErrorBody"
          },
          {
            "ref": "ServiceErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "404": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "504": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
}
    },
    "security": [
      [
        "ncpAccessKey",
        "ncpSignature",
        "ncpTimestamp"
      ]
    ]
  },
  "getNasVolumeSnapshotList": {
    "operationId": "getNasVolumeSnapshotList",
    "method": "POST",
    "path": "/server/v2/getNasVolumeSnapshotList",
    "parameters": [],
    "requestBody": {
      "mediaType": "application/x-www-form-urlencoded",
      "required": true,
      "schema": {
        "ref": "GetNasVolumeSnapshotListForm"
      },
      "properties": [
        "nasVolumeInstanceNo",
        "responseFormatType"
      ]
    },
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GetNasVolumeSnapshotListResponseBody"
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "400": {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "ServiceErrorBody"
          },
          {
            "ref": "GatewayErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "GatewayErrorBody"
          },
          {
            "ref": "ServiceErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "404": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "413": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "504": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
}
    },
    "security": [
      [
        "ncpAccessKey",
        "ncpSignature",
        "ncpTimestamp"
      ]
    ]
  },
  "getNasVolumeSnapshotListViaGet": {
    "operationId": "getNasVolumeSnapshotListViaGet",
    "method": "GET",
    "path": "/server/v2/getNasVolumeSnapshotList",
    "parameters": [
      {
  "name": "nasVolumeInstanceNo",
  "in": "query",
  "required": true,
  "schema": {
    "ref": "NasVolumeInstanceNo"
  }
},
      {
  "name": "responseFormatType",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "ResponseFormatType"
  }
}
    ],
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GetNasVolumeSnapshotListResponseBody"
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "400": {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "ServiceErrorBody"
          },
          {
            "ref": "GatewayErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "type": "union",
        "anyOf": [
          {
            "ref": "GatewayErrorBody"
          },
          {
            "ref": "ServiceErrorBody"
          }
        ]
      }
    },
    "application/xml": {
      "schema": {
        "type": "string"
      },
      "decodeAs": "application/json"
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "404": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
},
      "504": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayErrorBody"
      }
    }
  }
}
    },
    "security": [
      [
        "ncpAccessKey",
        "ncpSignature",
        "ncpTimestamp"
      ]
    ]
  }
} as const satisfies Record<string, OperationMetadata>;

/** The component schemas that operations refer to by name (`{ ref }`). */
export const SHAPES: Readonly<Record<string, Shape>> = {
  "CommonCode": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string"
      },
      "codeName": {
        "type": "string"
      }
    },
    "required": [
      "code"
    ]
  },
  "CreateNasVolumeSnapshotForm": {
    "type": "object",
    "properties": {
      "nasVolumeInstanceNo": {
        "ref": "NasVolumeInstanceNo"
      },
      "responseFormatType": {
        "ref": "ResponseFormatType"
      }
    },
    "required": [
      "nasVolumeInstanceNo"
    ]
  },
  "CreateNasVolumeSnapshotResponseBody": {
    "type": "object",
    "properties": {
      "createNasVolumeSnapshotResponse": {
        "ref": "NasVolumeSnapshotList"
      }
    },
    "required": [
      "createNasVolumeSnapshotResponse"
    ]
  },
  "GatewayErrorBody": {
    "type": "object",
    "properties": {
      "error": {
        "type": "object",
        "properties": {
          "details": {
            "type": "string"
          },
          "errorCode": {
            "type": "union",
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "integer"
              }
            ]
          },
          "message": {
            "type": "string"
          },
          "requestId": {
            "type": "string"
          }
        },
        "required": [
          "errorCode",
          "message"
        ]
      }
    },
    "required": [
      "error"
    ]
  },
  "GetNasVolumeInstanceListForm": {
    "type": "object",
    "properties": {
      "isEventConfiguration": {
        "type": "boolean"
      },
      "isSnapshotConfiguration": {
        "type": "boolean"
      },
      "nasVolumeInstanceNoList": {
        "type": "array",
        "items": {
          "ref": "NasVolumeInstanceNo"
        }
      },
      "regionNo": {
        "ref": "RegionNo"
      },
      "responseFormatType": {
        "ref": "ResponseFormatType"
      },
      "volumeAllotmentProtocolTypeCode": {
        "ref": "VolumeAllotmentProtocolTypeCode"
      },
      "zoneNo": {
        "ref": "ZoneNo"
      }
    }
  },
  "GetNasVolumeInstanceListResponseBody": {
    "type": "object",
    "properties": {
      "getNasVolumeInstanceListResponse": {
        "ref": "NasVolumeInstanceList"
      }
    },
    "required": [
      "getNasVolumeInstanceListResponse"
    ]
  },
  "GetNasVolumeSnapshotListForm": {
    "type": "object",
    "properties": {
      "nasVolumeInstanceNo": {
        "ref": "NasVolumeInstanceNo"
      },
      "responseFormatType": {
        "ref": "ResponseFormatType"
      }
    },
    "required": [
      "nasVolumeInstanceNo"
    ]
  },
  "GetNasVolumeSnapshotListResponseBody": {
    "type": "object",
    "properties": {
      "getNasVolumeSnapshotListResponse": {
        "ref": "NasVolumeSnapshotList"
      }
    },
    "required": [
      "getNasVolumeSnapshotListResponse"
    ]
  },
  "NasVolumeInstance": {
    "type": "object",
    "properties": {
      "createDate": {
        "ref": "NcpDateTime"
      },
      "isEventConfiguration": {
        "type": "boolean"
      },
      "isReturnProtection": {
        "type": "boolean"
      },
      "isSnapshotConfiguration": {
        "type": "boolean"
      },
      "mountInformation": {
        "type": "string"
      },
      "nasVolumeInstanceCustomIpList": {
        "type": "array",
        "items": {
          "ref": "NasVolumeInstanceCustomIp"
        },
        "xml": {
          "wrapped": true,
          "itemName": "nasVolumeInstanceCustomIp"
        }
      },
      "nasVolumeInstanceDescription": {
        "type": "string"
      },
      "nasVolumeInstanceNo": {
        "ref": "NasVolumeInstanceNo"
      },
      "nasVolumeInstanceOperation": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "enum": [
              "NULL",
              "CHNG"
            ]
          },
          "codeName": {
            "type": "string"
          }
        },
        "required": [
          "code"
        ]
      },
      "nasVolumeInstanceStatus": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "enum": [
              "CREAT",
              "TERMT"
            ]
          },
          "codeName": {
            "type": "string"
          }
        },
        "required": [
          "code"
        ]
      },
      "nasVolumeInstanceStatusName": {
        "type": "string"
      },
      "nasVolumeServerInstanceList": {
        "type": "array",
        "items": {
          "ref": "ServerInstanceSummary"
        },
        "xml": {
          "wrapped": true,
          "itemName": "serverInstance"
        }
      },
      "region": {
        "ref": "Region"
      },
      "snapshotVolumeConfigDayOfWeekType": {
        "ref": "CommonCode"
      },
      "snapshotVolumeConfigPeriodType": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "enum": [
              "DAY",
              "WEEK"
            ]
          },
          "codeName": {
            "type": "string"
          }
        },
        "required": [
          "code"
        ]
      },
      "snapshotVolumeConfigTime": {
        "type": "integer",
        "minimum": 0,
        "maximum": 23
      },
      "snapshotVolumeConfigurationRatio": {
        "type": "number",
        "minimum": 0,
        "maximum": 99
      },
      "snapshotVolumeSize": {
        "type": "integer",
        "minimum": 0
      },
      "volumeAllotmentProtocolType": {
        "type": "object",
        "properties": {
          "code": {
            "ref": "VolumeAllotmentProtocolTypeCode"
          },
          "codeName": {
            "type": "string"
          }
        },
        "required": [
          "code"
        ]
      },
      "volumeName": {
        "type": "string"
      },
      "volumeSize": {
        "type": "integer",
        "minimum": 0
      },
      "volumeTotalSize": {
        "type": "integer",
        "minimum": 0
      },
      "zone": {
        "ref": "Zone"
      }
    },
    "required": [
      "nasVolumeInstanceNo"
    ],
    "xmlName": "nasVolumeInstance"
  },
  "NasVolumeInstanceCustomIp": {
    "type": "object",
    "properties": {
      "customIp": {
        "type": "string"
      }
    },
    "xmlName": "nasVolumeInstanceCustomIp"
  },
  "NasVolumeInstanceList": {
    "type": "object",
    "properties": {
      "nasVolumeInstanceList": {
        "type": "array",
        "items": {
          "ref": "NasVolumeInstance"
        },
        "xml": {
          "wrapped": true,
          "itemName": "nasVolumeInstance"
        }
      },
      "requestId": {
        "type": "string"
      },
      "returnCode": {
        "type": "string"
      },
      "returnMessage": {
        "type": "string"
      },
      "totalRows": {
        "type": "integer",
        "minimum": 0
      }
    },
    "required": [
      "requestId",
      "returnCode",
      "returnMessage",
      "totalRows"
    ]
  },
  "NasVolumeInstanceNo": {
    "type": "string",
    "minLength": 1
  },
  "NasVolumeSnapshot": {
    "type": "object",
    "properties": {
      "createDate": {
        "ref": "NcpDateTime"
      },
      "isBusy": {
        "type": "boolean"
      },
      "nasVolumeSnapshotName": {
        "type": "string"
      },
      "snapshotSize": {
        "type": "integer",
        "minimum": 0
      }
    },
    "required": [
      "createDate",
      "isBusy",
      "nasVolumeSnapshotName",
      "snapshotSize"
    ],
    "xmlName": "nasVolumeSnapshot"
  },
  "NasVolumeSnapshotList": {
    "type": "object",
    "properties": {
      "nasVolumeSnapshotList": {
        "type": "array",
        "items": {
          "ref": "NasVolumeSnapshot"
        },
        "xml": {
          "wrapped": true,
          "itemName": "nasVolumeSnapshot"
        }
      },
      "requestId": {
        "type": "string"
      },
      "returnCode": {
        "type": "string"
      },
      "returnMessage": {
        "type": "string"
      },
      "totalRows": {
        "type": "integer",
        "minimum": 0
      }
    },
    "required": [
      "requestId",
      "returnCode",
      "returnMessage",
      "totalRows"
    ]
  },
  "NcpDateTime": {
    "type": "string",
    "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:?\\d{2})$"
  },
  "Region": {
    "type": "object",
    "properties": {
      "regionCode": {
        "type": "string"
      },
      "regionName": {
        "type": "string"
      },
      "regionNo": {
        "ref": "RegionNo"
      }
    }
  },
  "RegionNo": {
    "type": "string"
  },
  "ResponseFormatType": {
    "type": "string",
    "enum": [
      "xml",
      "json"
    ]
  },
  "ServerInstanceSummary": {
    "type": "object",
    "properties": {
      "createDate": {
        "ref": "NcpDateTime"
      },
      "privateIp": {
        "type": "string"
      },
      "publicIp": {
        "type": "string"
      },
      "serverDescription": {
        "type": "string"
      },
      "serverInstanceNo": {
        "type": "string"
      },
      "serverInstanceStatus": {
        "ref": "CommonCode"
      },
      "serverInstanceStatusName": {
        "type": "string"
      },
      "serverName": {
        "type": "string"
      }
    },
    "xmlName": "serverInstance"
  },
  "ServiceErrorBody": {
    "type": "object",
    "properties": {
      "responseError": {
        "type": "object",
        "properties": {
          "returnCode": {
            "type": "string"
          },
          "returnMessage": {
            "type": "string"
          }
        },
        "required": [
          "returnCode",
          "returnMessage"
        ]
      }
    },
    "required": [
      "responseError"
    ]
  },
  "VolumeAllotmentProtocolTypeCode": {
    "type": "string",
    "enum": [
      "NFS",
      "CIFS"
    ]
  },
  "Zone": {
    "type": "object",
    "properties": {
      "regionNo": {
        "ref": "RegionNo"
      },
      "zoneCode": {
        "type": "string"
      },
      "zoneDescription": {
        "type": "string"
      },
      "zoneName": {
        "type": "string"
      },
      "zoneNo": {
        "ref": "ZoneNo"
      }
    }
  },
  "ZoneNo": {
    "type": "string"
  }
};

/** The spec's security schemes: which header carries which credential. */
export const SECURITY_SCHEMES = {
  "ncpTimestamp": {
    "type": "apiKey",
    "in": "header",
    "name": "x-ncp-apigw-timestamp"
  },
  "ncpAccessKey": {
    "type": "apiKey",
    "in": "header",
    "name": "x-ncp-iam-access-key"
  },
  "ncpSignature": {
    "type": "apiKey",
    "in": "header",
    "name": "x-ncp-apigw-signature-v2"
  }
} as const;

/** The spec's servers: origin templates, with the default of each variable. */
export const SERVERS = [
  {
    "url": "https://ncloud.apigw.ntruss.com"
  },
  {
    "url": "https://ncloud.apigw.gov-ntruss.com"
  },
  {
    "url": "https://fin-ncloud.apigw.fin-ntruss.com"
  }
] as const;
