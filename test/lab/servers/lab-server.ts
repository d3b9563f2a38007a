// A server of the lab: a config written into a scratch folder, a daemon started from it, and the
// log files it writes. restart() rewrites the config and starts it again in the same folder, so
// that its logs go on in the same files (what an owner's "edit, test, reload" does).
import { startDaemon, type Daemon, type DaemonSpec, type LogMark } from './daemon';
import { makeScratch, type Scratch } from './scratch';

export interface LabServer<Options> {
  readonly name: string;
  readonly scratch: Scratch;
  readonly options: Options;
  readonly daemon: Daemon;
  /** Marks every log file's current end: linesSince() then gives what came after. */
  mark(): LogMark;
  linesSince(mark?: LogMark): Array<{ log: string; text: string }>;
  /** Stops the daemon, writes the new config, starts again; the logs carry on. */
  restart(options?: Partial<Options>): Promise<void>;
  /** Stops the daemon and its whole process group, then removes the scratch folder. */
  stop(): Promise<void>;
}

/** Writes the config files into the folder and says how to run the daemon. */
export type Configure<Options> = (scratch: Scratch, options: Options) => DaemonSpec;

export async function launch<Options>(
  name: string,
  configure: Configure<Options>,
  options: Options,
  scratch: Scratch = makeScratch(name),
): Promise<LabServer<Options>> {
  let current = options;
  let daemon: Daemon;
  try {
    daemon = await startDaemon(configure(scratch, current));
  } catch (error) {
    scratch.remove();
    throw error;
  }
  const server: LabServer<Options> = {
    name,
    scratch,
    get options() {
      return current;
    },
    get daemon() {
      return daemon;
    },
    mark: () => daemon.mark(),
    linesSince: (mark) => daemon.linesSince(mark),
    async restart(changes = {}) {
      await daemon.stop();
      current = { ...current, ...changes };
      daemon = await startDaemon(configure(scratch, current));
    },
    async stop() {
      await daemon.stop();
      scratch.remove();
    },
  };
  return server;
}
