import { describeContract } from "./support/describe-contract";

describeContract("ncloud/classic-nas");
