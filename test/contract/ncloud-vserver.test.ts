import { describeContract } from "./support/describe-contract";

describeContract("ncloud/vserver");
