import { describeContract } from "./support/describe-contract";

describeContract("zstack/volume-snapshots");
