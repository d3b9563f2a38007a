// Apache httpd in the foreground (-DFOREGROUND) with its own ServerRoot, modules and logs. As root
// its children run as www-data, as Debian's package does.
import { binary, isRoot } from './binaries';
import type { DaemonSpec } from './daemon';
import { launch, type LabServer } from './lab-server';
import type { Scratch } from './scratch';

export interface ApacheOptions {
  port: number;
  /** Lines inside the one <VirtualHost> (ProxyPass, <FilesMatch> with SetHandler, ProxyTimeout…). */
  site: string;
  /** Modules beyond the base set, by name: "ssl" loads mod_ssl.so. */
  modules?: string[];
  /** Debian's default is `warn`. */
  logLevel?: string;
}

const MODULES_DIR = '/usr/lib/apache2/modules';
/** What every lab site needs: the event MPM (Debian's default), access control, the proxy and its backends. */
const BASE_MODULES = ['mpm_event', 'authz_core', 'mime', 'dir', 'proxy', 'proxy_http', 'proxy_fcgi'];

export function configureApache(scratch: Scratch, options: ApacheOptions): DaemonSpec {
  const error = scratch.path('error.log');
  scratch.mkdir('www');
  const modules = [...BASE_MODULES, ...(options.modules ?? [])]
    .map((name) => `LoadModule ${name}_module ${MODULES_DIR}/mod_${name}.so`)
    .join('\n');
  const conf = `# written by the fix502 lab
ServerRoot ${scratch.dir}
ServerName lab.test
Listen 127.0.0.1:${options.port}
PidFile ${scratch.path('httpd.pid')}
DefaultRuntimeDir ${scratch.dir}
Mutex file:${scratch.dir} default
ErrorLog ${error}
LogLevel ${options.logLevel ?? 'warn'}
${isRoot() ? 'User www-data\nGroup www-data' : ''}
${modules}
TypesConfig /etc/mime.types
DocumentRoot ${scratch.path('www')}
<Directory ${scratch.path('www')}>
    Require all granted
</Directory>
<VirtualHost 127.0.0.1:${options.port}>
${options.site}
</VirtualHost>
`;
  const file = scratch.write('apache2.conf', conf);
  return {
    name: 'apache',
    command: binary('apache'),
    args: ['-d', scratch.dir, '-f', file, '-DFOREGROUND'],
    logs: { error },
    ready: { port: options.port },
  };
}

export function startApache(options: ApacheOptions, scratch?: Scratch): Promise<LabServer<ApacheOptions>> {
  return launch('apache', configureApache, options, scratch);
}
