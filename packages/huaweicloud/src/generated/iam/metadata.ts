// This file is generated. Do not edit it by hand.
// Source: specs/huaweicloud/iam.yaml
// Regenerate with: pnpm generate

import type { OperationMetadata, Shape } from "../runtime";

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
        },
        "headers": [
          "X-Request-Id",
          "X-Subject-Token"
        ]
      },
      "400": {
        "content": {
          "application/json": {
            "schema": {
              "ref": "IamError"
            }
          }
        },
        "headers": [
          "X-Request-Id"
        ]
      },
      "401": {
        "content": {
          "application/json": {
            "schema": {
              "ref": "IamError"
            }
          }
        },
        "headers": [
          "X-Request-Id"
        ]
      },
      "403": {
        "content": {
          "application/json": {
            "schema": {
              "ref": "IamError"
            }
          }
        },
        "headers": [
          "X-Request-Id"
        ]
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

/** The spec's servers: origins, with variables where a host is templated. */
export const SERVERS = [
  {
    "url": "https://iam.myhuaweicloud.com",
    "description": "Global IAM endpoint (any region's project can be named in the scope)."
  },
  {
    "url": "https://iam.{region}.myhuaweicloud.com",
    "description": "Regional IAM endpoint. The EU site (Dublin) is served at `https://iam.myhuaweicloud.eu` instead\n(use it as an endpoint override); whether `iam.eu-west-101.myhuaweicloud.com` answers is UNCONFIRMED.\n",
    "variables": {
      "region": {
        "description": "Huawei Cloud region id, for example `cn-north-4`.",
        "default": "cn-north-4",
        "enum": [
          "eu-west-101",
          "af-south-1",
          "cn-north-4",
          "cn-north-1",
          "cn-north-2",
          "cn-east-2",
          "cn-east-3",
          "cn-south-1",
          "cn-south-2",
          "cn-southwest-2",
          "ap-southeast-1",
          "ap-southeast-2",
          "ap-southeast-3",
          "ap-southeast-4",
          "ap-southeast-5",
          "sa-brazil-1",
          "la-north-2",
          "la-south-2",
          "na-mexico-1",
          "cn-north-9",
          "tr-west-1",
          "ae-ad-1",
          "me-east-1",
          "eu-west-0",
          "cn-south-4",
          "ru-moscow-1",
          "my-kualalumpur-1",
          "cn-east-4",
          "cn-east-5",
          "cn-north-11",
          "ru-northwest-2",
          "af-north-1",
          "cn-north-12",
          "cn-southwest-3"
        ]
      }
    }
  }
] as const;
