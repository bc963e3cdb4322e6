import { describeContract } from "./support/describe-contract";

describeContract("huaweicloud/iam");
