/** Comment le français écrit la taille d’un fichier (project.yaml's limits, a coverage report's). */
export function size(bytes: number): string {
  if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(bytes >= 10 * 1048576 ? 0 : 1).replace('.', ',')} Mo`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} Ko` : `${bytes} octets`;
}
