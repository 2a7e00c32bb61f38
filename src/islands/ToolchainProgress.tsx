import type { ProgressEvent } from '../runner/types';

/** Download progress of the Go toolchain on the first Run. */
export default function ToolchainProgress({ progress }: { progress: ProgressEvent }) {
  const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
  const percent = progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  return (
    <div className="toolchain-progress" role="status">
      <label>
        Downloading the Go toolchain ({progress.what}): {mb(progress.loaded)} of {mb(progress.total)} MB
        <progress max={progress.total || 1} value={progress.loaded}>
          {percent}%
        </progress>
      </label>
      <p className="toolchain-progress-note">
        This happens once; later runs start from the browser cache, offline too.
      </p>
    </div>
  );
}
