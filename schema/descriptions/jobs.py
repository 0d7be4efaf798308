"""Descriptions of background jobs as clients follow them."""

DESCRIPTIONS: dict[str, str] = {
    "Job.name": "What the job does, e.g. tags.compute_all or recs.rebuild.",
    "Job.status": "Pending, running, done or failed.",
    "Job.message": "The latest progress message.",
    "Job.attempts": "Times a worker has started it (it is retried with back-off after failures).",
    "Job.result": "Summary of what it did, once DONE; null before.",
    "Job.error": "Why the last attempt failed; null unless it failed.",
    "Job.createdAt": "When it was asked for (UTC).",
    "Job.startedAt": "When a worker first started it (UTC); null while pending.",
    "Job.finishedAt": "When it finished, done or failed (UTC); null before.",
    "JobStatus": "Where a background job stands.",
    "JobStatus.PENDING": "Waiting for a worker.",
    "JobStatus.RUNNING": "A worker is on it.",
    "JobStatus.DONE": "Finished; see result.",
    "JobStatus.FAILED": "Gave up after its last attempt; see error.",
    "StartJobPayload": "What runWorkerProbe returns.",
    "StartJobPayload.job": "The job started; follow it with job(id:).",
    "Mutation.runWorkerProbe(steps:)": "Number of steps, 1 to 100 (default 3).",
    "Query.job(id:)": "The job's id.",
}
