import * as path from 'path';

/** The extension's settings for starting the server (journey.server.*). */
export interface ServerSettings {
  jar: string;
  java: string;
  vmArgs: string[];
}

export type ResolvedServer =
  | { ok: true; command: string; args: string[] }
  | { ok: false; message: string };

/** Where `mvn package` puts the runnable jar in a checkout of the Journey repository. */
export const JAR_IN_CHECKOUT = path.join('org.journey.cli', 'target', 'journey.jar');

/**
 * The command that runs the language server: `java [vmArgs] -jar <journey.jar> lsp`. The jar is
 * the configured one, else the one a workspace folder that is a Journey checkout has built.
 * When there is none, a message that says how to set it up, instead of a failing start.
 */
export function resolveServer(settings: ServerSettings, workspaceFolders: string[],
    exists: (file: string) => boolean): ResolvedServer {
  const configured = settings.jar.trim();
  let jar: string | undefined;
  if (configured !== '') {
    if (!exists(configured)) {
      return { ok: false, message: `Journey: the server jar ${configured} (setting journey.server.jar) does not exist. Build it with 'mvn package' or correct the setting.` };
    }
    jar = configured;
  } else {
    jar = workspaceFolders.map(folder => path.join(folder, JAR_IN_CHECKOUT)).find(exists);
  }
  if (jar === undefined) {
    return { ok: false, message: "Journey: set journey.server.jar to the path of journey.jar (built by 'mvn package' into org.journey.cli/target/journey.jar) to start the language server." };
  }
  const java = settings.java.trim() === '' ? 'java' : settings.java.trim();
  return { ok: true, command: java, args: [...settings.vmArgs, '-jar', jar, 'lsp'] };
}
