// npm run worker — the scan worker. Scheduled scans arrive with the scheduler (issue #5);
// until then this says so plainly instead of pretending to run.
console.error("The Ramparts worker is not available yet: scheduled and on-demand scans arrive with the scheduler (issue #5).");
process.exit(1);
