// This file is generated. Do not edit it by hand.
// Source: specs/zstack/volume-snapshots.yaml
// Regenerate with: pnpm generate

import type { OperationMetadata, Shape } from "../runtime";

const R1 = {
  "content": {
    "application/json": {
      "schema": {
        "ref": "CreateVolumeSnapshotResult"
      }
    }
  }
} as const;

const R2 = {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
} as const;

const R3 = {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorResponse"
      }
    }
  }
} as const;

/** Every operation of this API: method, path, parameters, body and responses, from the spec. */
export const OPERATIONS = {
  "createVolumeSnapshot": {
    "operationId": "createVolumeSnapshot",
    "method": "POST",
    "path": "/zstack/v1/volumes/{volumeUuid}/volume-snapshots",
    "parameters": [
      {
  "name": "volumeUuid",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "pattern": "^[0-9a-f]{32}$"
  }
},
      {
  "name": "X-Job-UUID",
  "in": "header",
  "required": false,
  "schema": {
    "type": "string",
    "pattern": "^[0-9a-f]{32}$"
  }
},
      {
  "name": "X-API-Timeout",
  "in": "header",
  "required": false,
  "schema": {
    "type": "integer",
    "minimum": 1
  }
},
      {
  "name": "X-Web-Hook",
  "in": "header",
  "required": false,
  "schema": {
    "type": "string",
    "format": "uri"
  }
}
    ],
    "requestBody": {
      "mediaType": "application/json",
      "required": true,
      "schema": {
        "ref": "CreateVolumeSnapshotRequest"
      },
      "properties": [
        "params",
        "systemTags",
        "userTags"
      ]
    },
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "CreateVolumeSnapshotResult"
      }
    }
  }
},
      "202": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ApiJobAccepted"
      }
    }
  }
},
      "400": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "401": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "403": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "404": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "405": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "500": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorResponse"
      }
    }
  }
}
    },
    "security": [
      [
        "session"
      ],
      [
        "accessKey",
        "accessKeyDate"
      ]
    ]
  },
  "getApiJob": {
    "operationId": "getApiJob",
    "method": "GET",
    "path": "/zstack/v1/api-jobs/{jobUuid}",
    "parameters": [
      {
  "name": "jobUuid",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "pattern": "^[0-9a-f]{32}$"
  }
}
    ],
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "CreateVolumeSnapshotResult"
      }
    }
  }
},
      "202": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ApiJobRunning"
      }
    }
  }
},
      "404": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorResponse"
      }
    }
  }
}
    },
    "security": [
      [],
      [
        "session"
      ],
      [
        "accessKey",
        "accessKeyDate"
      ]
    ]
  },
  "getVolumeSnapshot": {
    "operationId": "getVolumeSnapshot",
    "method": "GET",
    "path": "/zstack/v1/volume-snapshots/{uuid}",
    "parameters": [
      {
  "name": "uuid",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "pattern": "^[0-9a-f]{32}$"
  }
}
    ],
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "GetVolumeSnapshotReply"
      }
    }
  }
},
      "400": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "401": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "403": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "404": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorResponse"
      }
    }
  }
}
    },
    "security": [
      [
        "session"
      ],
      [
        "accessKey",
        "accessKeyDate"
      ]
    ]
  },
  "logInByAccount": {
    "operationId": "logInByAccount",
    "method": "PUT",
    "path": "/zstack/v1/accounts/login",
    "parameters": [],
    "requestBody": {
      "mediaType": "application/json",
      "required": true,
      "schema": {
        "ref": "LogInByAccountRequest"
      },
      "properties": [
        "logInByAccount"
      ]
    },
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "LogInResult"
      }
    }
  }
},
      "404": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorResponse"
      }
    }
  }
}
    },
    "security": []
  },
  "logOut": {
    "operationId": "logOut",
    "method": "DELETE",
    "path": "/zstack/v1/accounts/sessions/{sessionUuid}",
    "parameters": [
      {
  "name": "sessionUuid",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "pattern": "^[0-9a-f]{32}$"
  }
}
    ],
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "EmptyResult"
      }
    }
  }
},
      "404": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorResponse"
      }
    }
  }
}
    },
    "security": []
  },
  "queryVolumeSnapshot": {
    "operationId": "queryVolumeSnapshot",
    "method": "GET",
    "path": "/zstack/v1/volume-snapshots",
    "parameters": [
      {
  "name": "q",
  "in": "query",
  "required": false,
  "schema": {
    "type": "array",
    "items": {
      "type": "string",
      "minLength": 1
    }
  }
},
      {
  "name": "limit",
  "in": "query",
  "required": false,
  "schema": {
    "type": "integer",
    "minimum": 0
  }
},
      {
  "name": "start",
  "in": "query",
  "required": false,
  "schema": {
    "type": "integer",
    "minimum": 0
  }
},
      {
  "name": "count",
  "in": "query",
  "required": false,
  "schema": {
    "type": "boolean"
  }
},
      {
  "name": "replyWithCount",
  "in": "query",
  "required": false,
  "schema": {
    "type": "boolean"
  }
},
      {
  "name": "sort",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "pattern": "^[+-]?[A-Za-z][A-Za-z0-9_.]*$"
  }
},
      {
  "name": "fields",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "pattern": "^[A-Za-z][A-Za-z0-9_.]*(,[A-Za-z][A-Za-z0-9_.]*)*$"
  }
},
      {
  "name": "groupBy",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string"
  }
},
      {
  "name": "filterName",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "pattern": "^[^:]+:.+$"
  }
}
    ],
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "QueryVolumeSnapshotReply"
      }
    }
  }
},
      "400": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "401": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "403": {
  "content": {
    "text/plain": {
      "schema": {
        "ref": "PlainTextError"
      }
    }
  }
},
      "503": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorResponse"
      }
    }
  }
}
    },
    "security": [
      [
        "session"
      ],
      [
        "accessKey",
        "accessKeyDate"
      ]
    ]
  }
} as const satisfies Record<string, OperationMetadata>;

/** The component schemas that operations refer to by name (`{ ref }`). */
export const SHAPES: Readonly<Record<string, Shape>> = {
  "ApiJobAccepted": {
    "type": "object",
    "properties": {
      "apiTimeout": {
        "type": "integer",
        "minimum": 0
      },
      "location": {
        "type": "string",
        "format": "uri"
      }
    },
    "required": [
      "location"
    ]
  },
  "ApiJobRunning": {
    "type": "object",
    "properties": {}
  },
  "CreateVolumeSnapshotParams": {
    "type": "object",
    "properties": {
      "description": {
        "type": "string",
        "maxLength": 2048
      },
      "name": {
        "type": "string",
        "maxLength": 255
      },
      "resourceUuid": {
        "type": "string",
        "pattern": "^[0-9a-f]{12}[1-5][0-9a-f]{3}[89ab][0-9a-f]{15}$"
      },
      "tagUuids": {
        "type": "array",
        "items": {
          "type": "string",
          "pattern": "^[0-9a-f]{32}$"
        }
      }
    },
    "required": [
      "name"
    ]
  },
  "CreateVolumeSnapshotRequest": {
    "type": "object",
    "properties": {
      "params": {
        "ref": "CreateVolumeSnapshotParams"
      },
      "systemTags": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "userTags": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "required": [
      "params"
    ]
  },
  "CreateVolumeSnapshotResult": {
    "type": "object",
    "properties": {
      "inventory": {
        "ref": "VolumeSnapshotInventory"
      }
    },
    "required": [
      "inventory"
    ]
  },
  "EmptyResult": {
    "type": "object",
    "properties": {}
  },
  "ErrorCode": {
    "type": "object",
    "properties": {
      "cause": {
        "type": "union",
        "anyOf": [
          {
            "ref": "ErrorCode"
          },
          {
            "type": "null"
          }
        ]
      },
      "code": {
        "type": "string"
      },
      "cost": {
        "type": "string",
        "nullable": true
      },
      "description": {
        "type": "string",
        "nullable": true
      },
      "details": {
        "type": "string",
        "nullable": true
      },
      "elaboration": {
        "type": "string",
        "nullable": true
      },
      "globalErrorCode": {
        "type": "string",
        "nullable": true
      },
      "location": {
        "type": "string",
        "nullable": true
      },
      "opaque": {
        "type": "object",
        "nullable": true,
        "properties": {}
      }
    },
    "required": [
      "code"
    ]
  },
  "ErrorResponse": {
    "type": "object",
    "properties": {
      "error": {
        "ref": "ErrorCode"
      }
    },
    "required": [
      "error"
    ]
  },
  "GetVolumeSnapshotReply": {
    "type": "object",
    "properties": {
      "inventories": {
        "type": "array",
        "items": {
          "ref": "VolumeSnapshotInventory"
        },
        "maxItems": 1
      },
      "schema": {
        "ref": "ResponseTypeMap"
      }
    },
    "required": [
      "inventories"
    ]
  },
  "LogInByAccountRequest": {
    "type": "object",
    "properties": {
      "logInByAccount": {
        "type": "object",
        "properties": {
          "accountName": {
            "type": "string",
            "minLength": 1
          },
          "captchaUuid": {
            "type": "string"
          },
          "password": {
            "type": "string",
            "pattern": "^[0-9a-f]{128}$"
          },
          "verifyCode": {
            "type": "string"
          }
        },
        "required": [
          "accountName",
          "password"
        ]
      }
    },
    "required": [
      "logInByAccount"
    ]
  },
  "LogInResult": {
    "type": "object",
    "properties": {
      "inventory": {
        "ref": "SessionInventory"
      }
    },
    "required": [
      "inventory"
    ]
  },
  "PlainTextError": {
    "type": "string"
  },
  "QueryVolumeSnapshotReply": {
    "type": "object",
    "properties": {
      "inventories": {
        "type": "array",
        "items": {
          "ref": "VolumeSnapshotInventory"
        }
      },
      "schema": {
        "ref": "ResponseTypeMap"
      },
      "total": {
        "type": "integer",
        "minimum": 0
      }
    }
  },
  "ResponseTypeMap": {
    "type": "object",
    "properties": {},
    "additionalProperties": {
      "type": "string"
    }
  },
  "SessionInventory": {
    "type": "object",
    "properties": {
      "accountUuid": {
        "type": "string"
      },
      "createDate": {
        "type": "string"
      },
      "expiredDate": {
        "type": "string"
      },
      "userType": {
        "type": "string"
      },
      "userUuid": {
        "type": "string"
      },
      "uuid": {
        "type": "string"
      }
    },
    "required": [
      "accountUuid",
      "expiredDate",
      "uuid"
    ]
  },
  "VolumeSnapshotBackupStorageRef": {
    "type": "object",
    "properties": {
      "backupStorageUuid": {
        "type": "string"
      },
      "installPath": {
        "type": "string"
      },
      "volumeSnapshotUuid": {
        "type": "string"
      }
    },
    "required": [
      "backupStorageUuid",
      "installPath",
      "volumeSnapshotUuid"
    ]
  },
  "VolumeSnapshotInventory": {
    "type": "object",
    "properties": {
      "backupStorageRefs": {
        "type": "array",
        "items": {
          "ref": "VolumeSnapshotBackupStorageRef"
        }
      },
      "createDate": {
        "type": "string"
      },
      "description": {
        "type": "string"
      },
      "distance": {
        "type": "integer",
        "minimum": 0
      },
      "format": {
        "type": "string"
      },
      "groupUuid": {
        "type": "string"
      },
      "lastOpDate": {
        "type": "string"
      },
      "latest": {
        "type": "boolean"
      },
      "name": {
        "type": "string"
      },
      "parentUuid": {
        "type": "string"
      },
      "primaryStorageInstallPath": {
        "type": "string"
      },
      "primaryStorageUuid": {
        "type": "string"
      },
      "size": {
        "type": "number",
        "minimum": 0
      },
      "state": {
        "type": "string",
        "enum": [
          "Enabled",
          "Disabled"
        ]
      },
      "status": {
        "type": "string",
        "enum": [
          "Creating",
          "Ready",
          "Deleting",
          "Deleted"
        ]
      },
      "treeUuid": {
        "type": "string"
      },
      "type": {
        "type": "string"
      },
      "uuid": {
        "type": "string"
      },
      "volumeType": {
        "type": "string",
        "enum": [
          "Root",
          "Data",
          "Memory"
        ]
      },
      "volumeUuid": {
        "type": "string"
      }
    },
    "required": [
      "createDate",
      "format",
      "lastOpDate",
      "latest",
      "name",
      "size",
      "state",
      "status",
      "treeUuid",
      "type",
      "uuid",
      "volumeType"
    ]
  }
};

/** The spec's security schemes: which header carries which credential. */
export const SECURITY_SCHEMES = {
  "session": {
    "type": "apiKey",
    "in": "header",
    "name": "Authorization"
  },
  "accessKey": {
    "type": "apiKey",
    "in": "header",
    "name": "Authorization"
  },
  "accessKeyDate": {
    "type": "apiKey",
    "in": "header",
    "name": "Date"
  }
} as const;

/** The spec's servers: origin templates, with the default of each variable. */
export const SERVERS = [
  {
    "url": "http://{host}:{port}",
    "variables": {
      "host": {
        "default": "localhost"
      },
      "port": {
        "default": "8080"
      }
    }
  }
] as const;
