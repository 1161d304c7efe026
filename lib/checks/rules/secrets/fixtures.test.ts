import { describeFixtures } from "../../fixture-suite.testkit";
import { secretsChecks } from ".";

describeFixtures(secretsChecks);
