import { JobName, jobIdFor } from '@wres/server/core/queue';
import type { JobPayloads } from '@wres/server/core/queue';

/** The version whose links a check-links job checks. */
export type VersionToCheck = JobPayloads[JobName.CheckLinks];

/**
 * A check-links job. Its id names the version and the check it follows ("first" for none), so a check queued
 * both on submission and by the sweep, or by two sweeps, runs once, while the next day's check is a new job.
 */
export function checkLinksJob(version: VersionToCheck, lastCheckedAt: Date | null) {
  const after = lastCheckedAt ? `after-${lastCheckedAt.getTime()}` : 'first';
  return {
    name: JobName.CheckLinks,
    data: { submissionId: version.submissionId, version: version.version },
    opts: { jobId: jobIdFor(JobName.CheckLinks, `${version.submissionId}-v${version.version}-${after}`) },
  } as const;
}
