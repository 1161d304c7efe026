import { describeFixtures } from "../../fixture-suite.testkit";
import { namespacesChecks } from ".";

describeFixtures(namespacesChecks);
