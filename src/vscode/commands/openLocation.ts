import * as vscode from 'vscode';
import { Commands, PROJECT_FILE } from '../constants';
import type { Command } from './command';

/** Opens project.yaml at a row's line (tree rows call it with the folder and line). */
export class OpenInProjectFileCommand implements Command {
  readonly id = Commands.openInProjectFile;
  execute(folder: string, line: number): Thenable<unknown> {
    return openAt(vscode.Uri.joinPath(vscode.Uri.parse(folder), PROJECT_FILE), line);
  }
}

/** Opens a workspace file at a line range (red-flag markers and uncovered ranges). */
export class OpenLocationCommand implements Command {
  readonly id = Commands.openLocation;
  execute(folder: string, location: { file: string; line: number; endLine?: number }): Thenable<unknown> {
    return openAt(vscode.Uri.joinPath(vscode.Uri.parse(folder), location.file), location.line, location.endLine);
  }
}

function openAt(uri: vscode.Uri, line: number, endLine = line): Thenable<unknown> {
  const start = new vscode.Position(Math.max(0, line - 1), 0);
  const end = new vscode.Position(Math.max(0, endLine - 1), 0);
  return vscode.window.showTextDocument(uri, { selection: new vscode.Range(start, end), preview: true });
}
