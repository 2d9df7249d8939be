import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import { JAR_IN_CHECKOUT, resolveServer } from '../serverCommand';

const defaults = { jar: '', java: 'java', vmArgs: [] as string[] };

test('the configured jar is started with java -jar ... lsp, after the JVM options', () => {
  const server = resolveServer({ jar: '/opt/journey.jar', java: '/usr/lib/jvm/17/bin/java', vmArgs: ['-Xmx1g'] }, [],
    file => file === '/opt/journey.jar');

  assert.deepEqual(server, { ok: true, command: '/usr/lib/jvm/17/bin/java', args: ['-Xmx1g', '-jar', '/opt/journey.jar', 'lsp'] });
});

test('without a setting, the jar a workspace folder that is a Journey checkout built is used', () => {
  const built = path.join('/work/journey', JAR_IN_CHECKOUT);

  const server = resolveServer(defaults, ['/work/other', '/work/journey'], file => file === built);

  assert.deepEqual(server, { ok: true, command: 'java', args: ['-jar', built, 'lsp'] });
});

test('a configured jar that does not exist is reported with the setting to correct', () => {
  const server = resolveServer({ ...defaults, jar: '/missing/journey.jar' }, [], () => false);

  assert.equal(server.ok, false);
  assert.match(!server.ok ? server.message : '', /\/missing\/journey\.jar \(setting journey\.server\.jar\) does not exist/);
});

test('no jar at all is reported with how to build and set it', () => {
  const server = resolveServer(defaults, ['/work/other'], () => false);

  assert.equal(server.ok, false);
  assert.match(!server.ok ? server.message : '', /set journey\.server\.jar.*mvn package/);
});

test('an empty java setting means java on the PATH', () => {
  const server = resolveServer({ ...defaults, jar: '/opt/journey.jar', java: ' ' }, [], () => true);

  assert.equal(server.ok && server.command, 'java');
});
