import { describeFixtures } from "../../fixture-suite.testkit";
import { controlPlaneChecks } from ".";

describeFixtures(controlPlaneChecks);
