import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { QueueName } from '@wres/server/core/queue';
import { Queue } from 'bullmq';
import { checkLinksJob } from './link-check-jobs';
import type { VersionToCheck } from './link-check-jobs';

/** How long a request waits for Redis before leaving the check to the worker's sweep. */
const QUEUE_WAIT_MS = 2_000;

/**
 * Asks the worker to check a newly submitted version's links at once, rather than at its next sweep, so the
 * provider and commissioner see the result within seconds. Call after the submission commits; it never
 * throws, because the sweep finds any version never checked: the submitted version is the promise to check.
 */
@Injectable()
export class LinkCheckRequests {
  private readonly logger = new Logger(LinkCheckRequests.name);

  constructor(@InjectQueue(QueueName.LinkCheck) private readonly queue: Queue) {}

  async checkSoon(version: VersionToCheck): Promise<void> {
    const job = checkLinksJob(version, null);
    try {
      const added = this.queue.add(job.name, job.data, job.opts);
      // BullMQ waits for Redis indefinitely; the request must not. A late add is harmless: the job id dedupes.
      added.catch(() => undefined);
      await Promise.race([
        added,
        new Promise((_, reject) =>
          setTimeout(
            () => reject(new Error(`timed out after ${QUEUE_WAIT_MS / 1000}s`)),
            QUEUE_WAIT_MS,
          ).unref(),
        ),
      ]);
    } catch (error) {
      this.logger.warn(
        `Queue unavailable; the links of version ${version.version} of submission ${version.submissionId} ` +
          `wait for the next sweep: ${String(error)}`,
      );
    }
  }
}
