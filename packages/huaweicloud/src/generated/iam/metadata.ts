// This file is generated. Do not edit it by hand.
// Source: specs/huaweicloud/iam.yaml
// Regenerate with: pnpm generate

import type { OperationMetadata, Shape } from "../runtime";

const R1 = {
  "content": {
    "application/json": {
      "schema": {
        "ref": "IamError"
      }
    }
  }
} as const;

/** Every operation of this API: method, path, parameters, body and responses, from the spec. */
export const OPERATIONS = {
  "createToken": {
    "operationId": "createToken",
    "method": "POST",
    "path": "/v3/auth/tokens",
    "parameters": [
      {
  "name": "nocatalog",
  "in": "query",
  "required": false,
  "schema": {
    "type": "boolean"
  }
}
    ],
    "requestBody": {
      "mediaType": "application/json",
      "required": true,
      "schema": {
        "ref": "CreateTokenRequest"
      },
      "properties": [
        "auth"
      ]
    },
    "responses": {
      "201": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "CreateTokenResponse"
      }
    }
  }
},
      "400": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "IamError"
      }
    }
  }
},
      "401": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "IamError"
      }
    }
  }
},
      "403": {
  "content": {
    "application/json": {
      "schema": {
        "ref": "IamError"
      }
    }
  }
}
    },
    "security": []
  }
} as const satisfies Record<string, OperationMetadata>;

/** The component schemas that operations refer to by name (`{ ref }`). */
export const SHAPES: Readonly<Record<string, Shape>> = {
  "CatalogEndpoint": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "interface": {
        "type": "string"
      },
      "region": {
        "type": "string"
      },
      "region_id": {
        "type": "string"
      },
      "url": {
        "type": "string"
      }
    }
  },
  "CatalogEntry": {
    "type": "object",
    "properties": {
      "endpoints": {
        "type": "array",
        "items": {
          "ref": "CatalogEndpoint"
        }
      },
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "type": {
        "type": "string"
      }
    }
  },
  "CreateTokenRequest": {
    "type": "object",
    "properties": {
      "auth": {
        "type": "object",
        "properties": {
          "identity": {
            "ref": "PasswordIdentity"
          },
          "scope": {
            "ref": "TokenScope"
          }
        },
        "required": [
          "identity",
          "scope"
        ]
      }
    },
    "required": [
      "auth"
    ]
  },
  "CreateTokenResponse": {
    "type": "object",
    "properties": {
      "token": {
        "ref": "Token"
      }
    },
    "required": [
      "token"
    ]
  },
  "DomainScope": {
    "type": "object",
    "properties": {
      "domain": {
        "type": "union",
        "anyOf": [
          {
            "type": "object",
            "properties": {
              "name": {
                "type": "string",
                "minLength": 1
              }
            },
            "required": [
              "name"
            ]
          },
          {
            "type": "object",
            "properties": {
              "id": {
                "type": "string",
                "minLength": 1
              }
            },
            "required": [
              "id"
            ]
          }
        ]
      }
    },
    "required": [
      "domain"
    ]
  },
  "IamCodedError": {
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
  "IamError": {
    "type": "union",
    "anyOf": [
      {
        "ref": "KeystoneError"
      },
      {
        "ref": "IamCodedError"
      }
    ]
  },
  "KeystoneError": {
    "type": "object",
    "properties": {
      "error": {
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
          },
          "title": {
            "type": "string"
          }
        }
      }
    },
    "required": [
      "error"
    ]
  },
  "NamedRef": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      }
    }
  },
  "PasswordIdentity": {
    "type": "object",
    "properties": {
      "methods": {
        "type": "array",
        "items": {
          "type": "string",
          "enum": [
            "password"
          ]
        },
        "minItems": 1,
        "maxItems": 1
      },
      "password": {
        "type": "object",
        "properties": {
          "user": {
            "ref": "PasswordUser"
          }
        },
        "required": [
          "user"
        ]
      }
    },
    "required": [
      "methods",
      "password"
    ]
  },
  "PasswordUser": {
    "type": "object",
    "properties": {
      "domain": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1
          }
        },
        "required": [
          "name"
        ]
      },
      "name": {
        "type": "string",
        "minLength": 1
      },
      "password": {
        "type": "string",
        "minLength": 1,
        "format": "password"
      }
    },
    "required": [
      "domain",
      "name",
      "password"
    ]
  },
  "ProjectScope": {
    "type": "object",
    "properties": {
      "project": {
        "type": "union",
        "anyOf": [
          {
            "type": "object",
            "properties": {
              "name": {
                "type": "string",
                "minLength": 1
              }
            },
            "required": [
              "name"
            ]
          },
          {
            "type": "object",
            "properties": {
              "id": {
                "type": "string",
                "minLength": 1
              }
            },
            "required": [
              "id"
            ]
          }
        ]
      }
    },
    "required": [
      "project"
    ]
  },
  "Token": {
    "type": "object",
    "properties": {
      "catalog": {
        "type": "array",
        "items": {
          "ref": "CatalogEntry"
        }
      },
      "domain": {
        "ref": "NamedRef"
      },
      "expires_at": {
        "type": "string",
        "format": "date-time"
      },
      "issued_at": {
        "type": "string",
        "format": "date-time"
      },
      "methods": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "project": {
        "ref": "TokenProject"
      },
      "roles": {
        "type": "array",
        "items": {
          "ref": "TokenRole"
        }
      },
      "user": {
        "ref": "TokenUser"
      }
    },
    "required": [
      "expires_at",
      "issued_at",
      "methods",
      "user"
    ]
  },
  "TokenProject": {
    "type": "object",
    "properties": {
      "domain": {
        "ref": "NamedRef"
      },
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      }
    }
  },
  "TokenRole": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      }
    }
  },
  "TokenScope": {
    "type": "union",
    "anyOf": [
      {
        "ref": "ProjectScope"
      },
      {
        "ref": "DomainScope"
      }
    ]
  },
  "TokenUser": {
    "type": "object",
    "properties": {
      "domain": {
        "ref": "NamedRef"
      },
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "password_expires_at": {
        "type": "string",
        "nullable": true
      }
    }
  }
};

/** The spec's security schemes: which header carries which credential. */
export const SECURITY_SCHEMES = {} as const;

/** The spec's servers: origin templates, with the default of each variable. */
export const SERVERS = [
  {
    "url": "https://iam.myhuaweicloud.com"
  },
  {
    "url": "https://iam.{region}.myhuaweicloud.com",
    "variables": {
      "region": {
        "default": "cn-north-4"
      }
    }
  }
] as const;
