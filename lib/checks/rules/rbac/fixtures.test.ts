import { describeFixtures } from "../../fixture-suite.testkit";
import { rbacChecks } from ".";

describeFixtures(rbacChecks);
