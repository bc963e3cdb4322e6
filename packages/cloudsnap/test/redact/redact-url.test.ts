import { describe, expect, it } from "vitest";
import { redactUrl } from "../../src/core/redact";

const cases: Array<{ name: string; given: string; want: string }> = [
  {
    name: "keeps a URL without secrets unchanged",
    given: "https://ncloud.apigw.ntruss.com/vserver/v2/getRegionList?responseFormatType=json",
    want: "https://ncloud.apigw.ntruss.com/vserver/v2/getRegionList?responseFormatType=json",
  },
  {
    name: "drops userinfo",
    given: "https://admin:hunter2@zstack.example:8080/zstack/v1/volumes",
    want: "https://zstack.example:8080/zstack/v1/volumes",
  },
  {
    name: "masks signature, token, password and access key query values",
    given: "https://h/p?Signature=abc&x-auth-token=t0k&password=pw&accessKeyId=AK1&limit=2",
    want: "https://h/p?Signature=***&x-auth-token=***&password=***&accessKeyId=***&limit=2",
  },
  {
    name: "masks ak and sk as whole words but not task or disk",
    given: "https://h/p?ak=A&sk=S&x_sk=S&task=keep&disk=keep",
    want: "https://h/p?ak=***&sk=***&x_sk=***&task=keep&disk=keep",
  },
  {
    name: "masks session ids in the query and in the ZStack logout path",
    given: "http://zs:8080/zstack/v1/accounts/sessions/5f1c2d?sessionId=5f1c2d",
    want: "http://zs:8080/zstack/v1/accounts/sessions/***?sessionId=***",
  },
  {
    name: "keeps the original encoding of other values",
    given: "https://h/p?startTime=2024-04-07T00%3A00%3A00%2B0000&q=a+b&token=x%2By",
    want: "https://h/p?startTime=2024-04-07T00%3A00%3A00%2B0000&q=a+b&token=***",
  },
  {
    name: "matches encoded sensitive keys",
    given: "https://h/p?access%5Fkey=x",
    want: "https://h/p?access%5Fkey=***",
  },
  { name: "drops the fragment", given: "https://h/p#token=abc", want: "https://h/p" },
  {
    name: "redacts relative URLs it cannot parse",
    given: "/v5/p/snapshots?signature=abc&limit=1#frag",
    want: "/v5/p/snapshots?signature=***&limit=1",
  },
  {
    name: "redacts userinfo in unparsable URLs",
    given: "https://u:p@[bad/x?a=1",
    want: "https://[bad/x?a=1",
  },
];

describe("redactUrl", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(redactUrl(given)).toBe(want);
  });

  it("accepts URL objects", () => {
    expect(redactUrl(new URL("https://u:p@h/x?token=1"))).toBe("https://h/x?token=***");
  });
});
