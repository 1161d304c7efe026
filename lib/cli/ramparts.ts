// Entry point of `npm run ramparts -- …` and of the `ramparts` bin.
import { main } from "./main";

process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr);
