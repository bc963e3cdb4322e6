// This file is generated. Do not edit it by hand.
// Source: specs/ncloud/vserver.yaml
// Regenerate with: pnpm generate

import type { OperationMetadata, Shape } from "../runtime";

const R1 = {
  "content": {
    "application/json": {
      "schema": {
        "ref": "CreateBlockStorageSnapshotInstanceResponseBody"
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
  "name": "regionCode",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "RegionCode"
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
        "ref": "GetBlockStorageSnapshotInstanceDetailResponseBody"
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
        "ref": "GetBlockStorageSnapshotInstanceListResponseBody"
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
  "createBlockStorageSnapshotInstance": {
    "operationId": "createBlockStorageSnapshotInstance",
    "method": "POST",
    "path": "/vserver/v2/createBlockStorageSnapshotInstance",
    "parameters": [],
    "requestBody": {
      "mediaType": "application/x-www-form-urlencoded",
      "required": true,
      "schema": {
        "ref": "CreateBlockStorageSnapshotInstanceForm"
      },
      "properties": [
        "blockStorageSnapshotDescription",
        "blockStorageSnapshotName",
        "originalBlockStorageInstanceNo",
        "regionCode",
        "responseFormatType",
        "snapshotTypeCode"
      ]
    },
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "CreateBlockStorageSnapshotInstanceResponseBody"
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
  "createBlockStorageSnapshotInstanceViaGet": {
    "operationId": "createBlockStorageSnapshotInstanceViaGet",
    "method": "GET",
    "path": "/vserver/v2/createBlockStorageSnapshotInstance",
    "parameters": [
      {
  "name": "regionCode",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "RegionCode"
  }
},
      {
  "name": "originalBlockStorageInstanceNo",
  "in": "query",
  "required": true,
  "schema": {
    "ref": "BlockStorageInstanceNo"
  }
},
      {
  "name": "blockStorageSnapshotName",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "BlockStorageSnapshotName"
  }
},
      {
  "name": "blockStorageSnapshotDescription",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "BlockStorageSnapshotDescription"
  }
},
      {
  "name": "snapshotTypeCode",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "SnapshotTypeCode"
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
        "ref": "CreateBlockStorageSnapshotInstanceResponseBody"
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
  "getBlockStorageSnapshotInstanceDetail": {
    "operationId": "getBlockStorageSnapshotInstanceDetail",
    "method": "POST",
    "path": "/vserver/v2/getBlockStorageSnapshotInstanceDetail",
    "parameters": [],
    "requestBody": {
      "mediaType": "application/x-www-form-urlencoded",
      "required": true,
      "schema": {
        "ref": "GetBlockStorageSnapshotInstanceDetailForm"
      },
      "properties": [
        "blockStorageSnapshotInstanceNo",
        "regionCode",
        "responseFormatType"
      ]
    },
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GetBlockStorageSnapshotInstanceDetailResponseBody"
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
  "getBlockStorageSnapshotInstanceDetailViaGet": {
    "operationId": "getBlockStorageSnapshotInstanceDetailViaGet",
    "method": "GET",
    "path": "/vserver/v2/getBlockStorageSnapshotInstanceDetail",
    "parameters": [
      {
  "name": "regionCode",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "RegionCode"
  }
},
      {
  "name": "blockStorageSnapshotInstanceNo",
  "in": "query",
  "required": true,
  "schema": {
    "ref": "BlockStorageSnapshotInstanceNo"
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
        "ref": "GetBlockStorageSnapshotInstanceDetailResponseBody"
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
  "getBlockStorageSnapshotInstanceList": {
    "operationId": "getBlockStorageSnapshotInstanceList",
    "method": "POST",
    "path": "/vserver/v2/getBlockStorageSnapshotInstanceList",
    "parameters": [],
    "requestBody": {
      "mediaType": "application/x-www-form-urlencoded",
      "required": false,
      "schema": {
        "ref": "GetBlockStorageSnapshotInstanceListForm"
      },
      "properties": [
        "blockStorageSnapshotInstanceNoList",
        "blockStorageSnapshotInstanceStatusCode",
        "blockStorageSnapshotName",
        "blockStorageSnapshotVolumeSize",
        "hypervisorTypeCodeList",
        "isBootable",
        "isEncryptedOriginalBlockStorageVolume",
        "originalBlockStorageInstanceNoList",
        "pageNo",
        "pageSize",
        "regionCode",
        "responseFormatType",
        "sortedBy",
        "sortingOrder"
      ]
    },
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GetBlockStorageSnapshotInstanceListResponseBody"
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
  "getBlockStorageSnapshotInstanceListViaGet": {
    "operationId": "getBlockStorageSnapshotInstanceListViaGet",
    "method": "GET",
    "path": "/vserver/v2/getBlockStorageSnapshotInstanceList",
    "parameters": [
      {
  "name": "regionCode",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "RegionCode"
  }
},
      {
  "name": "blockStorageSnapshotInstanceNoList",
  "in": "query",
  "required": false,
  "schema": {
    "type": "array",
    "items": {
      "ref": "BlockStorageSnapshotInstanceNo"
    }
  },
  "indexed": true
},
      {
  "name": "blockStorageSnapshotName",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string"
  }
},
      {
  "name": "blockStorageSnapshotInstanceStatusCode",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "BlockStorageSnapshotInstanceStatusCode"
  }
},
      {
  "name": "originalBlockStorageInstanceNoList",
  "in": "query",
  "required": false,
  "schema": {
    "type": "array",
    "items": {
      "ref": "BlockStorageInstanceNo"
    }
  },
  "indexed": true
},
      {
  "name": "blockStorageSnapshotVolumeSize",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "BlockStorageSnapshotVolumeSizeFilter"
  }
},
      {
  "name": "isEncryptedOriginalBlockStorageVolume",
  "in": "query",
  "required": false,
  "schema": {
    "type": "boolean"
  }
},
      {
  "name": "hypervisorTypeCodeList",
  "in": "query",
  "required": false,
  "schema": {
    "type": "array",
    "items": {
      "ref": "HypervisorTypeCode"
    }
  },
  "indexed": true
},
      {
  "name": "isBootable",
  "in": "query",
  "required": false,
  "schema": {
    "type": "boolean"
  }
},
      {
  "name": "pageNo",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "PageNo"
  }
},
      {
  "name": "pageSize",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "PageSize"
  }
},
      {
  "name": "sortedBy",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string"
  }
},
      {
  "name": "sortingOrder",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "SortingOrder"
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
        "ref": "GetBlockStorageSnapshotInstanceListResponseBody"
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
  "BlockStorageInstanceNo": {
    "type": "string",
    "minLength": 1
  },
  "BlockStorageSnapshotDescription": {
    "type": "string",
    "maxLength": 1000,
    "maxBytes": 1000
  },
  "BlockStorageSnapshotInstance": {
    "type": "object",
    "properties": {
      "baseSnapshotInstanceNo": {
        "type": "string"
      },
      "blockStorageSnapshotDescription": {
        "type": "string"
      },
      "blockStorageSnapshotInstanceNo": {
        "ref": "BlockStorageSnapshotInstanceNo"
      },
      "blockStorageSnapshotInstanceOperation": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "enum": [
              "CREAT",
              "NULL",
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
      "blockStorageSnapshotInstanceStatus": {
        "type": "object",
        "properties": {
          "code": {
            "ref": "BlockStorageSnapshotInstanceStatusCode"
          },
          "codeName": {
            "type": "string"
          }
        },
        "required": [
          "code"
        ]
      },
      "blockStorageSnapshotInstanceStatusName": {
        "type": "string"
      },
      "blockStorageSnapshotName": {
        "type": "string"
      },
      "blockStorageSnapshotVolumeSize": {
        "type": "integer",
        "minimum": 0
      },
      "blockStorageVolumeType": {
        "ref": "CommonCode"
      },
      "createDate": {
        "ref": "NcpDateTime"
      },
      "hypervisorType": {
        "type": "object",
        "properties": {
          "code": {
            "ref": "HypervisorTypeCode"
          },
          "codeName": {
            "type": "string"
          }
        },
        "required": [
          "code"
        ]
      },
      "isBootable": {
        "type": "boolean"
      },
      "isEncryptedOriginalBlockStorageVolume": {
        "type": "boolean"
      },
      "originalBlockStorageInstanceNo": {
        "ref": "BlockStorageInstanceNo"
      },
      "snapshotChainDepth": {
        "type": "integer",
        "minimum": 0
      },
      "snapshotType": {
        "type": "object",
        "properties": {
          "code": {
            "ref": "SnapshotTypeCode"
          },
          "codeName": {
            "type": "string"
          }
        },
        "required": [
          "code"
        ]
      }
    },
    "required": [
      "blockStorageSnapshotInstanceNo",
      "blockStorageSnapshotInstanceOperation",
      "blockStorageSnapshotInstanceStatus",
      "blockStorageSnapshotInstanceStatusName",
      "blockStorageSnapshotName",
      "blockStorageSnapshotVolumeSize",
      "createDate",
      "originalBlockStorageInstanceNo"
    ],
    "xmlName": "blockStorageSnapshotInstance"
  },
  "BlockStorageSnapshotInstanceList": {
    "type": "object",
    "properties": {
      "blockStorageSnapshotInstanceList": {
        "type": "array",
        "items": {
          "ref": "BlockStorageSnapshotInstance"
        },
        "xml": {
          "wrapped": true,
          "itemName": "blockStorageSnapshotInstance"
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
  "BlockStorageSnapshotInstanceNo": {
    "type": "string",
    "minLength": 1
  },
  "BlockStorageSnapshotInstanceStatusCode": {
    "type": "string",
    "enum": [
      "INIT",
      "CREAT"
    ]
  },
  "BlockStorageSnapshotName": {
    "type": "string",
    "minLength": 3,
    "maxLength": 30,
    "pattern": "^[A-Za-z][A-Za-z0-9_-]{1,28}[A-Za-z0-9]$"
  },
  "BlockStorageSnapshotVolumeSizeFilter": {
    "type": "integer",
    "minimum": 0
  },
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
  "CreateBlockStorageSnapshotInstanceForm": {
    "type": "object",
    "properties": {
      "blockStorageSnapshotDescription": {
        "ref": "BlockStorageSnapshotDescription"
      },
      "blockStorageSnapshotName": {
        "ref": "BlockStorageSnapshotName"
      },
      "originalBlockStorageInstanceNo": {
        "ref": "BlockStorageInstanceNo"
      },
      "regionCode": {
        "ref": "RegionCode"
      },
      "responseFormatType": {
        "ref": "ResponseFormatType"
      },
      "snapshotTypeCode": {
        "ref": "SnapshotTypeCode"
      }
    },
    "required": [
      "originalBlockStorageInstanceNo"
    ]
  },
  "CreateBlockStorageSnapshotInstanceResponseBody": {
    "type": "object",
    "properties": {
      "createBlockStorageSnapshotInstanceResponse": {
        "ref": "BlockStorageSnapshotInstanceList"
      }
    },
    "required": [
      "createBlockStorageSnapshotInstanceResponse"
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
  "GetBlockStorageSnapshotInstanceDetailForm": {
    "type": "object",
    "properties": {
      "blockStorageSnapshotInstanceNo": {
        "ref": "BlockStorageSnapshotInstanceNo"
      },
      "regionCode": {
        "ref": "RegionCode"
      },
      "responseFormatType": {
        "ref": "ResponseFormatType"
      }
    },
    "required": [
      "blockStorageSnapshotInstanceNo"
    ]
  },
  "GetBlockStorageSnapshotInstanceDetailResponseBody": {
    "type": "object",
    "properties": {
      "getBlockStorageSnapshotInstanceDetailResponse": {
        "ref": "BlockStorageSnapshotInstanceList"
      }
    },
    "required": [
      "getBlockStorageSnapshotInstanceDetailResponse"
    ]
  },
  "GetBlockStorageSnapshotInstanceListForm": {
    "type": "object",
    "properties": {
      "blockStorageSnapshotInstanceNoList": {
        "type": "array",
        "items": {
          "ref": "BlockStorageSnapshotInstanceNo"
        }
      },
      "blockStorageSnapshotInstanceStatusCode": {
        "ref": "BlockStorageSnapshotInstanceStatusCode"
      },
      "blockStorageSnapshotName": {
        "type": "string"
      },
      "blockStorageSnapshotVolumeSize": {
        "ref": "BlockStorageSnapshotVolumeSizeFilter"
      },
      "hypervisorTypeCodeList": {
        "type": "array",
        "items": {
          "ref": "HypervisorTypeCode"
        }
      },
      "isBootable": {
        "type": "boolean"
      },
      "isEncryptedOriginalBlockStorageVolume": {
        "type": "boolean"
      },
      "originalBlockStorageInstanceNoList": {
        "type": "array",
        "items": {
          "ref": "BlockStorageInstanceNo"
        }
      },
      "pageNo": {
        "ref": "PageNo"
      },
      "pageSize": {
        "ref": "PageSize"
      },
      "regionCode": {
        "ref": "RegionCode"
      },
      "responseFormatType": {
        "ref": "ResponseFormatType"
      },
      "sortedBy": {
        "type": "string"
      },
      "sortingOrder": {
        "ref": "SortingOrder"
      }
    }
  },
  "GetBlockStorageSnapshotInstanceListResponseBody": {
    "type": "object",
    "properties": {
      "getBlockStorageSnapshotInstanceListResponse": {
        "ref": "BlockStorageSnapshotInstanceList"
      }
    },
    "required": [
      "getBlockStorageSnapshotInstanceListResponse"
    ]
  },
  "HypervisorTypeCode": {
    "type": "string",
    "enum": [
      "XEN",
      "KVM"
    ]
  },
  "NcpDateTime": {
    "type": "string",
    "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:?\\d{2})$"
  },
  "PageNo": {
    "type": "integer",
    "minimum": 0,
    "maximum": 2147483647
  },
  "PageSize": {
    "type": "integer",
    "minimum": 0,
    "maximum": 2147483647
  },
  "RegionCode": {
    "type": "string"
  },
  "ResponseFormatType": {
    "type": "string",
    "enum": [
      "xml",
      "json"
    ]
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
  "SnapshotTypeCode": {
    "type": "string",
    "enum": [
      "FULL",
      "INCREMENTAL"
    ]
  },
  "SortingOrder": {
    "type": "string",
    "enum": [
      "ASC",
      "DESC"
    ]
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
