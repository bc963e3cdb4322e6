import { describeContract } from "./support/describe-contract";

describeContract("ncloud/search-engine");
