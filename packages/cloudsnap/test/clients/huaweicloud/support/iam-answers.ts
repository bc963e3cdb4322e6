import { json } from "../../support/recording-fetch";

/**
 * IAM's 201 to createToken: the token in `X-Subject-Token`, the body with the fields
 * specs/huaweicloud/iam.yaml requires of `Token` (expires_at, issued_at, methods, user).
 */
export function tokenCreated(
  token: string,
  expiresAt: Date,
  issuedAt = new Date(expiresAt.getTime() - 86_400_000),
) {
  return json(
    {
      token: {
        expires_at: expiresAt.toISOString(),
        issued_at: issuedAt.toISOString(),
        methods: ["password"],
        user: {
          id: "6b8e1b3a2f0c4d5e9a7b8c9d0e1f2a3b",
          name: "ops",
          password_expires_at: "",
          domain: { id: "1f2e3d4c5b6a79880a1b2c3d4e5f6a7b", name: "example-account" },
        },
        project: { id: "0123456789abcdef0123456789abcdef", name: "cn-north-4" },
      },
    },
    201,
    { "X-Subject-Token": token },
  );
}

/** API Gateway's 401 for a token that ran out. */
export function tokenExpired() {
  return json(
    {
      error_code: "APIGW.0301",
      error_msg: "Incorrect IAM authentication information: token expires, expires_at: 2020-01-01T00:00:00Z",
      request_id: "r-expired",
    },
    401,
  );
}
