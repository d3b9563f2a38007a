/**
 * Saves text as a file, made in the browser (a Blob): nothing is sent anywhere. Says whether the
 * browser let it happen; some embedded browsers refuse downloads.
 */
export function saveText(text: string, fileName: string): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked later, not at once: Safari starts the download after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}
