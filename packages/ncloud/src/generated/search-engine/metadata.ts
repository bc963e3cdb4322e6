// This file is generated. Do not edit it by hand.
// Source: specs/ncloud/search-engine.yaml
// Regenerate with: pnpm generate

import type { OperationMetadata, Shape } from "../runtime";

const P1 = {
  "name": "apiRegion",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "enum": [
      "v2",
      "sgn-v2",
      "jpn-v2",
      "krs-v2"
    ]
  }
} as const;

const P2 = {
  "name": "serviceGroupInstanceNo",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "pattern": "^[0-9]+$"
  }
} as const;

const R1 = {
  "content": {
    "application/json": {
      "schema": {
        "ref": "BooleanResultEnvelope"
      }
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
            "ref": "GatewayError"
          },
          {
            "ref": "ServiceError"
          }
        ]
      }
    }
  }
} as const;

const R3 = {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
} as const;

/** Every operation of this API: method, path, parameters, body and responses, from the spec. */
export const OPERATIONS = {
  "createSnapshot": {
    "operationId": "createSnapshot",
    "method": "POST",
    "path": "/api/{apiRegion}/snapshot/createSnapshot/{serviceGroupInstanceNo}",
    "parameters": [
      {
  "name": "apiRegion",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "enum": [
      "v2",
      "sgn-v2",
      "jpn-v2",
      "krs-v2"
    ]
  }
},
      {
  "name": "serviceGroupInstanceNo",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "pattern": "^[0-9]+$"
  }
}
    ],
    "requestBody": {
      "mediaType": "application/json",
      "required": true,
      "schema": {
        "ref": "CreateSnapshotRequest"
      },
      "properties": [
        "bucketName",
        "snapshotName"
      ]
    },
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "BooleanResultEnvelope"
      }
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
            "ref": "GatewayError"
          },
          {
            "ref": "ServiceError"
          }
        ]
      }
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "404": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "413": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "504": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
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
  "getSnapshotHistory": {
    "operationId": "getSnapshotHistory",
    "method": "GET",
    "path": "/api/{apiRegion}/snapshot/getSnapshotHistory/{serviceGroupInstanceNo}",
    "parameters": [
      {
  "name": "apiRegion",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "enum": [
      "v2",
      "sgn-v2",
      "jpn-v2",
      "krs-v2"
    ]
  }
},
      {
  "name": "serviceGroupInstanceNo",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "pattern": "^[0-9]+$"
  }
},
      {
  "name": "pageNo",
  "in": "query",
  "required": false,
  "schema": {
    "type": "integer",
    "minimum": 1
  }
},
      {
  "name": "pageSize",
  "in": "query",
  "required": false,
  "schema": {
    "type": "integer",
    "minimum": 1
  }
}
    ],
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "SnapshotHistoryEnvelope"
      }
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
            "ref": "GatewayError"
          },
          {
            "ref": "ServiceError"
          }
        ]
      }
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "404": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "504": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
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
  "updateAPIAuthenticationKey": {
    "operationId": "updateAPIAuthenticationKey",
    "method": "POST",
    "path": "/api/{apiRegion}/snapshot/updateAPIAuthenticationKey/{serviceGroupInstanceNo}",
    "parameters": [
      {
  "name": "apiRegion",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "enum": [
      "v2",
      "sgn-v2",
      "jpn-v2",
      "krs-v2"
    ]
  }
},
      {
  "name": "serviceGroupInstanceNo",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "pattern": "^[0-9]+$"
  }
}
    ],
    "requestBody": {
      "mediaType": "application/json",
      "required": true,
      "schema": {
        "ref": "UpdateApiAuthenticationKeyRequest"
      },
      "properties": [
        "accessKeyId",
        "secretKey"
      ]
    },
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "BooleanResultEnvelope"
      }
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
            "ref": "GatewayError"
          },
          {
            "ref": "ServiceError"
          }
        ]
      }
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "404": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "413": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
      }
    }
  }
},
      "504": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GatewayError"
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
  "BooleanResultEnvelope": {
    "type": "object",
    "properties": {
      "code": {
        "type": "integer"
      },
      "message": {
        "type": "string"
      },
      "requestId": {
        "type": "string"
      },
      "result": {
        "type": "boolean",
        "nullable": true
      }
    },
    "required": [
      "code"
    ]
  },
  "CreateSnapshotRequest": {
    "type": "object",
    "properties": {
      "bucketName": {
        "type": "string",
        "minLength": 1
      },
      "snapshotName": {
        "type": "string",
        "minLength": 3,
        "maxLength": 30,
        "pattern": "^(?!.*--)[a-z][a-z0-9-]{1,28}[a-z0-9]$"
      }
    },
    "required": [
      "bucketName",
      "snapshotName"
    ]
  },
  "GatewayError": {
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
          "errorCode"
        ]
      }
    },
    "required": [
      "error"
    ]
  },
  "ServiceError": {
    "type": "object",
    "properties": {
      "code": {
        "type": "integer"
      },
      "message": {
        "type": "string"
      },
      "requestId": {
        "type": "string"
      },
      "result": {
        "type": "union",
        "anyOf": [
          {
            "type": "boolean"
          },
          {
            "type": "object",
            "properties": {}
          },
          {
            "type": "null"
          }
        ]
      }
    },
    "required": [
      "code",
      "message"
    ]
  },
  "SnapshotHistoryEntry": {
    "type": "object",
    "properties": {
      "actionDate": {
        "type": "string",
        "nullable": true
      },
      "bucketName": {
        "type": "string",
        "nullable": true
      },
      "clusterName": {
        "type": "string",
        "nullable": true
      },
      "duration": {
        "type": "string",
        "nullable": true
      },
      "hasErrorLog": {
        "type": "boolean",
        "nullable": true
      },
      "idx": {
        "type": "integer",
        "nullable": true
      },
      "memberNo": {
        "type": "string",
        "nullable": true
      },
      "message": {
        "type": "string",
        "nullable": true
      },
      "requestType": {
        "type": "string",
        "nullable": true
      },
      "serviceGroupInstanceNo": {
        "type": "union",
        "anyOf": [
          {
            "type": "string"
          },
          {
            "type": "integer"
          },
          {
            "type": "null"
          }
        ]
      },
      "snapshotName": {
        "type": "string",
        "nullable": true
      }
    }
  },
  "SnapshotHistoryEnvelope": {
    "type": "object",
    "properties": {
      "code": {
        "type": "integer"
      },
      "message": {
        "type": "string"
      },
      "requestId": {
        "type": "string"
      },
      "result": {
        "ref": "SnapshotHistoryPage"
      }
    },
    "required": [
      "code"
    ]
  },
  "SnapshotHistoryPage": {
    "type": "object",
    "properties": {
      "currentPage": {
        "type": "integer"
      },
      "isFirst": {
        "type": "boolean"
      },
      "isLast": {
        "type": "boolean"
      },
      "pageSize": {
        "type": "integer"
      },
      "snapshotHistoryResponseList": {
        "type": "array",
        "nullable": true,
        "items": {
          "ref": "SnapshotHistoryEntry"
        }
      },
      "totalCount": {
        "type": "integer"
      },
      "totalPage": {
        "type": "integer"
      }
    }
  },
  "UpdateApiAuthenticationKeyRequest": {
    "type": "object",
    "properties": {
      "accessKeyId": {
        "type": "string",
        "minLength": 1
      },
      "secretKey": {
        "type": "string",
        "minLength": 1,
        "format": "password"
      }
    },
    "required": [
      "accessKeyId",
      "secretKey"
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
    "url": "https://vpcsearchengine.apigw.ntruss.com"
  },
  {
    "url": "https://vpcsearchengine.apigw.gov-ntruss.com"
  },
  {
    "url": "https://fin-vpcsearchengine.apigw.fin-ntruss.com"
  }
] as const;
