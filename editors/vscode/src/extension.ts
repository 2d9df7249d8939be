import * as fs from 'fs';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { resolveServer } from './serverCommand';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await startServer();
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async event => {
    if (event.affectsConfiguration('journey.server')) {
      await stopServer();
      await startServer();
    }
  }));
}

export async function deactivate(): Promise<void> {
  await stopServer();
}

async function startServer(): Promise<void> {
  const settings = vscode.workspace.getConfiguration('journey.server');
  const server = resolveServer({
    jar: settings.get<string>('jar', ''),
    java: settings.get<string>('java', 'java'),
    vmArgs: settings.get<string[]>('vmArgs', []),
  }, (vscode.workspace.workspaceFolders ?? []).map(folder => folder.uri.fsPath), fs.existsSync);
  if (!server.ok) {
    const choice = await vscode.window.showErrorMessage(server.message, 'Open Settings');
    if (choice) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'journey.server');
    }
    return;
  }
  const serverOptions: ServerOptions = { command: server.command, args: server.args, transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'journey' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.journey') },
  };
  client = new LanguageClient('journey', 'Journey language server', serverOptions, clientOptions);
  await client.start();
}

async function stopServer(): Promise<void> {
  if (client) {
    const running = client;
    client = undefined;
    await running.stop();
  }
}
