// This file is generated. Do not edit it by hand.
// Source: specs/huaweicloud/evs.yaml
// Regenerate with: pnpm generate

import type { OperationMetadata, Shape } from "../runtime";

const P1 = {
  "name": "project_id",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "minLength": 1
  }
} as const;

const R1 = {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
} as const;

const P2 = {
  "name": "job_id",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "minLength": 1
  }
} as const;

const R2 = {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ShowJobResponse"
      }
    }
  }
} as const;

/** Every operation of this API: method, path, parameters, body and responses, from the spec. */
export const OPERATIONS = {
  "createSnapshot": {
    "operationId": "createSnapshot",
    "method": "POST",
    "path": "/v5/{project_id}/snapshots",
    "parameters": [
      {
  "name": "project_id",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "minLength": 1
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
        "snapshot"
      ]
    },
    "responses": {
      "202": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "CreateSnapshotResponse"
      }
    }
  }
},
      "400": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "404": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "409": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
}
    },
    "security": [
      [
        "akskSignature",
        "sdkDate"
      ],
      [
        "authToken"
      ]
    ]
  },
  "listSnapshots": {
    "operationId": "listSnapshots",
    "method": "GET",
    "path": "/v5/{project_id}/snapshots/detail",
    "parameters": [
      {
  "name": "project_id",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "minLength": 1
  }
},
      {
  "name": "marker",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "minLength": 1
  }
},
      {
  "name": "volume_id",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "minLength": 1
  }
},
      {
  "name": "availability_zone",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "minLength": 1
  }
},
      {
  "name": "limit",
  "in": "query",
  "required": false,
  "schema": {
    "type": "integer",
    "minimum": 1,
    "maximum": 1000
  }
},
      {
  "name": "offset",
  "in": "query",
  "required": false,
  "schema": {
    "type": "integer",
    "minimum": 0
  }
},
      {
  "name": "name",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "minLength": 1,
    "maxLength": 255
  }
},
      {
  "name": "status",
  "in": "query",
  "required": false,
  "schema": {
    "ref": "SnapshotStatus"
  }
},
      {
  "name": "sort_key",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "minLength": 1
  }
},
      {
  "name": "sort_dir",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "enum": [
      "asc",
      "desc"
    ]
  }
},
      {
  "name": "id",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "minLength": 1
  }
},
      {
  "name": "snapshot_type",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "minLength": 1
  }
},
      {
  "name": "enterprise_project_id",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "minLength": 1
  }
},
      {
  "name": "snapshot_chain_id",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "minLength": 1
  }
},
      {
  "name": "snapshot_group_id",
  "in": "query",
  "required": false,
  "schema": {
    "type": "string",
    "minLength": 1
  }
}
    ],
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ListSnapshotsResponse"
      }
    }
  }
},
      "400": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
}
    },
    "security": [
      [
        "akskSignature",
        "sdkDate"
      ],
      [
        "authToken"
      ]
    ]
  },
  "showJob": {
    "operationId": "showJob",
    "method": "GET",
    "path": "/v1/{project_id}/jobs/{job_id}",
    "parameters": [
      {
  "name": "project_id",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "minLength": 1
  }
},
      {
  "name": "job_id",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "minLength": 1
  }
}
    ],
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ShowJobResponse"
      }
    }
  }
},
      "400": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "404": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
}
    },
    "security": [
      [
        "akskSignature",
        "sdkDate"
      ],
      [
        "authToken"
      ]
    ]
  },
  "showJobV2": {
    "operationId": "showJobV2",
    "method": "GET",
    "path": "/v2/{project_id}/jobs/{job_id}",
    "parameters": [
      {
  "name": "project_id",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "minLength": 1
  }
},
      {
  "name": "job_id",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "minLength": 1
  }
}
    ],
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ShowJobResponse"
      }
    }
  }
},
      "400": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "404": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
}
    },
    "security": [
      [
        "akskSignature",
        "sdkDate"
      ],
      [
        "authToken"
      ]
    ]
  },
  "showSnapshot": {
    "operationId": "showSnapshot",
    "method": "GET",
    "path": "/v5/{project_id}/snapshots/{snapshot_id}",
    "parameters": [
      {
  "name": "project_id",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "minLength": 1
  }
},
      {
  "name": "snapshot_id",
  "in": "path",
  "required": true,
  "schema": {
    "type": "string",
    "minLength": 1
  }
}
    ],
    "responses": {
      "200": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ShowSnapshotResponse"
      }
    }
  }
},
      "400": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "404": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "429": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
},
      "500": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "ErrorBody"
      }
    }
  }
}
    },
    "security": [
      [
        "akskSignature",
        "sdkDate"
      ],
      [
        "authToken"
      ]
    ]
  }
} as const satisfies Record<string, OperationMetadata>;

/** The component schemas that operations refer to by name (`{ ref }`). */
export const SHAPES: Readonly<Record<string, Shape>> = {
  "CreateSnapshotRequest": {
    "type": "object",
    "properties": {
      "snapshot": {
        "ref": "CreateStandardSnapshot"
      }
    },
    "required": [
      "snapshot"
    ]
  },
  "CreateSnapshotResponse": {
    "type": "object",
    "properties": {
      "job_id": {
        "type": "string"
      },
      "snapshot_id": {
        "type": "string",
        "minLength": 1
      }
    },
    "required": [
      "snapshot_id"
    ]
  },
  "CreateStandardSnapshot": {
    "type": "object",
    "properties": {
      "description": {
        "type": "string",
        "maxLength": 85
      },
      "enterprise_project_id": {
        "type": "string",
        "minLength": 1
      },
      "incremental": {
        "type": "boolean"
      },
      "instant_access": {
        "type": "boolean"
      },
      "name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "pattern": "^(?!autobk_snapshot_)"
      },
      "tags": {
        "type": "object",
        "properties": {},
        "additionalProperties": {
          "type": "string"
        }
      },
      "volume_id": {
        "type": "string",
        "minLength": 1
      }
    }
  },
  "ErrorBody": {
    "type": "union",
    "anyOf": [
      {
        "ref": "ServiceError"
      },
      {
        "ref": "GatewayError"
      },
      {
        "ref": "OpenStackFault"
      }
    ]
  },
  "GatewayError": {
    "type": "object",
    "properties": {
      "error_code": {
        "type": "string"
      },
      "error_msg": {
        "type": "string"
      },
      "request_id": {
        "type": "string"
      }
    },
    "required": [
      "error_code",
      "error_msg"
    ]
  },
  "JobEntities": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "size": {
        "type": "integer",
        "minimum": 0
      },
      "sub_jobs": {
        "type": "array",
        "items": {
          "ref": "JobSubJob"
        }
      },
      "volume_id": {
        "type": "string"
      },
      "volume_type": {
        "type": "string"
      }
    }
  },
  "JobStatus": {
    "type": "string",
    "enum": [
      "SUCCESS",
      "RUNNING",
      "FAIL",
      "INIT",
      "WAITING_EXECUTE",
      "LISTENING"
    ]
  },
  "JobSubJob": {
    "type": "object",
    "properties": {
      "begin_time": {
        "type": "string",
        "nullable": true
      },
      "end_time": {
        "type": "string",
        "nullable": true
      },
      "entities": {
        "type": "object",
        "properties": {}
      },
      "error_code": {
        "type": "string",
        "nullable": true
      },
      "fail_reason": {
        "type": "string",
        "nullable": true
      },
      "job_id": {
        "type": "string"
      },
      "job_type": {
        "type": "string"
      },
      "status": {
        "type": "string"
      }
    }
  },
  "ListSnapshotsResponse": {
    "type": "object",
    "properties": {
      "count": {
        "type": "integer",
        "minimum": 0
      },
      "snapshots": {
        "type": "array",
        "items": {
          "ref": "SnapshotDetail"
        }
      }
    },
    "required": [
      "snapshots"
    ]
  },
  "OpenStackFault": {
    "type": "object",
    "properties": {},
    "additionalProperties": {
      "ref": "OpenStackFaultDetail"
    }
  },
  "OpenStackFaultDetail": {
    "type": "object",
    "properties": {
      "code": {
        "type": "union",
        "anyOf": [
          {
            "type": "integer"
          },
          {
            "type": "string"
          }
        ]
      },
      "message": {
        "type": "string"
      }
    },
    "required": [
      "message"
    ]
  },
  "ServiceError": {
    "type": "object",
    "properties": {
      "error": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string"
          },
          "message": {
            "type": "string"
          }
        },
        "required": [
          "code"
        ]
      }
    },
    "required": [
      "error"
    ]
  },
  "ShowJobResponse": {
    "type": "object",
    "properties": {
      "begin_time": {
        "type": "string",
        "nullable": true
      },
      "end_time": {
        "type": "string",
        "nullable": true
      },
      "entities": {
        "ref": "JobEntities"
      },
      "error_code": {
        "type": "string",
        "nullable": true
      },
      "fail_reason": {
        "type": "string",
        "nullable": true
      },
      "job_id": {
        "type": "string"
      },
      "job_type": {
        "type": "string"
      },
      "status": {
        "ref": "JobStatus"
      }
    },
    "required": [
      "status"
    ]
  },
  "ShowSnapshotResponse": {
    "type": "object",
    "properties": {
      "snapshot": {
        "ref": "SnapshotDetail"
      }
    },
    "required": [
      "snapshot"
    ]
  },
  "SnapshotChain": {
    "type": "object",
    "properties": {
      "availability_zone": {
        "type": "string"
      },
      "capacity": {
        "type": "integer",
        "minimum": 0
      },
      "category": {
        "type": "string",
        "nullable": true
      },
      "created_at": {
        "type": "string",
        "nullable": true
      },
      "id": {
        "type": "string"
      },
      "snapshot_count": {
        "type": "integer",
        "minimum": 0
      },
      "updated_at": {
        "type": "string",
        "nullable": true
      },
      "volume_id": {
        "type": "string"
      }
    }
  },
  "SnapshotDetail": {
    "type": "object",
    "properties": {
      "availability_zone": {
        "type": "string",
        "nullable": true
      },
      "category": {
        "type": "string",
        "nullable": true
      },
      "cmk_id": {
        "type": "string",
        "nullable": true
      },
      "created_at": {
        "type": "string",
        "nullable": true
      },
      "description": {
        "type": "string",
        "nullable": true
      },
      "encrypt_algorithm": {
        "type": "string",
        "nullable": true
      },
      "encrypted": {
        "type": "boolean",
        "nullable": true
      },
      "enterprise_project_id": {
        "type": "string",
        "nullable": true
      },
      "id": {
        "type": "string",
        "minLength": 1
      },
      "incremental": {
        "type": "boolean",
        "nullable": true
      },
      "instant_access": {
        "type": "boolean",
        "nullable": true
      },
      "instant_access_retention_at": {
        "type": "string",
        "nullable": true
      },
      "name": {
        "type": "string",
        "nullable": true
      },
      "progress": {
        "type": "string",
        "nullable": true
      },
      "retention_at": {
        "type": "string",
        "nullable": true
      },
      "size": {
        "type": "integer",
        "minimum": 0
      },
      "snapshot_chains": {
        "type": "array",
        "nullable": true,
        "items": {
          "ref": "SnapshotChain"
        }
      },
      "snapshot_group_id": {
        "type": "string",
        "nullable": true
      },
      "snapshot_type": {
        "type": "string",
        "nullable": true
      },
      "status": {
        "ref": "SnapshotStatus"
      },
      "tags": {
        "type": "object",
        "nullable": true,
        "properties": {},
        "additionalProperties": {
          "type": "string"
        }
      },
      "updated_at": {
        "type": "string",
        "nullable": true
      },
      "volume_id": {
        "type": "string",
        "nullable": true
      }
    },
    "required": [
      "id",
      "status"
    ]
  },
  "SnapshotStatus": {
    "type": "string",
    "enum": [
      "creating",
      "available",
      "error",
      "deleting",
      "error_deleting",
      "rollbacking",
      "backing-up"
    ]
  }
};

/** The spec's security schemes: which header carries which credential. */
export const SECURITY_SCHEMES = {
  "akskSignature": {
    "type": "apiKey",
    "in": "header",
    "name": "Authorization"
  },
  "sdkDate": {
    "type": "apiKey",
    "in": "header",
    "name": "X-Sdk-Date"
  },
  "authToken": {
    "type": "apiKey",
    "in": "header",
    "name": "X-Auth-Token"
  }
} as const;

/** The spec's servers: origin templates, with the default of each variable. */
export const SERVERS = [
  {
    "url": "https://evs.{region}.myhuaweicloud.com",
    "variables": {
      "region": {
        "default": "cn-north-4"
      }
    }
  }
] as const;
