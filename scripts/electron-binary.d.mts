/** Types of electron-binary.mjs (plain JS so `npm start` needs no build step for it). */
export declare function platformExecutable(platform: string): string;
export declare function findElectronBinary(
  root: string,
  env?: Record<string, string | undefined>,
  platform?: string,
): string | null;
