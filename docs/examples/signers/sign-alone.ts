import { signHuaweiCloudRequest, signNcloudRequest } from "cloudsnap";

// Sign a request you send yourself: each signer returns a new, signed Request.
const request = new Request(
  "https://ncloud.apigw.ntruss.com/vserver/v2/getRegionList?responseFormatType=json",
);
const signed = await signNcloudRequest(request, { accessKey: "<access key id>", secretKey: "<secret key>" });
const regions = await fetch(signed);
console.log(regions.status);

// Sign with a fixed clock, e.g. to compare with a provider's published example.
const fixed = await signHuaweiCloudRequest(
  new Request("https://vpc.cn-north-4.myhuaweicloud.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2"),
  { accessKey: "<access key>", secretKey: "<secret key>" },
  { now: () => new Date("2019-01-31T05:24:36Z") },
);
console.log(fixed.headers.get("authorization"));
