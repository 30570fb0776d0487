import * as vscode from 'vscode';
import { isIsoDate } from '../../../core/edits/actions';

/** Asks for a date (YYYY-MM-DD); an empty answer is allowed only when `optional`. Undefined when cancelled. */
export async function askDate(
  prompt: string,
  value: string | undefined,
  optional = false,
): Promise<string | undefined> {
  return vscode.window
    .showInputBox({
      prompt,
      value,
      placeHolder: vscode.l10n.t('YYYY-MM-DD, e.g. 2026-12-15'),
      validateInput: (text) =>
        (optional && text.trim() === '') || isIsoDate(text.trim())
          ? undefined
          : vscode.l10n.t('A date as YYYY-MM-DD, e.g. 2026-12-15'),
    })
    .then((answer) => answer?.trim());
}

/** Asks for a line of text; empty answers are refused unless `optional`. Undefined when cancelled. */
export async function askText(prompt: string, value?: string, optional = false): Promise<string | undefined> {
  return vscode.window
    .showInputBox({
      prompt,
      value,
      validateInput: (text) =>
        optional || text.trim() ? undefined : vscode.l10n.t('Write something, or press Escape.'),
    })
    .then((answer) => answer?.replace(/\s+/g, ' ').trim());
}

/** One choice among fixed values, each with its label in the user's language; the current one is marked. */
export async function pickValue<T extends string>(
  placeHolder: string,
  values: readonly T[],
  label: (value: T) => string,
  current?: T,
): Promise<T | undefined> {
  const items = values.map((value) => ({
    label: label(value),
    description: value === current ? vscode.l10n.t('current') : undefined,
    value,
  }));
  return (await vscode.window.showQuickPick(items, { placeHolder }))?.value;
}
