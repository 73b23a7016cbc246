import { assertEveryJobHandled } from './job-handlers';
import { JobName, QueueName } from './jobs';

const noop = async () => undefined;

describe('assertEveryJobHandled', () => {
  it('accepts one handler per job on the right queue', () => {
    expect(() =>
      assertEveryJobHandled([
        { queue: QueueName.Email, handlers: { [JobName.SendEmail]: noop } },
        {
          queue: QueueName.Maintenance,
          handlers: {
            [JobName.SweepOutbox]: noop,
            [JobName.SweepReminders]: noop,
            [JobName.SweepLinkChecks]: noop,
          },
        },
        { queue: QueueName.LinkCheck, handlers: { [JobName.CheckLinks]: noop } },
      ]),
    ).not.toThrow();
  });

  it('refuses to start when a job has no handler', () => {
    expect(() =>
      assertEveryJobHandled([{ queue: QueueName.Email, handlers: { [JobName.SendEmail]: noop } }]),
    ).toThrow('job "sweep-outbox" has no handler');
  });

  it('refuses two handlers for one job, and a handler on the wrong queue', () => {
    expect(() =>
      assertEveryJobHandled([
        { queue: QueueName.Email, handlers: { [JobName.SendEmail]: noop } },
        {
          queue: QueueName.Maintenance,
          handlers: { [JobName.SweepOutbox]: noop, [JobName.SendEmail]: noop },
        },
      ]),
    ).toThrow(
      /has 2 handlers[\s\S]*belongs to queue "email" but is handled on "maintenance"|belongs to queue "email"[\s\S]*has 2 handlers/,
    );
  });
});
