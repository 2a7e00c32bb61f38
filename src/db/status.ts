/**
 * What the learner should know about storage, as a tiny framework-free store:
 * islands subscribe to it to show one banner (saving disabled, another tab
 * upgraded the database, storage full). Pure state; no Dexie here.
 */

export type StorageMode = 'opening' | 'persistent' | 'memory';

export interface StorageStatus {
  mode: StorageMode;
  /** Why saving is disabled (memory mode), in words for the learner. */
  reason: string | null;
  /** Another tab opened a newer version: this tab must reload to keep saving. */
  versionChanged: boolean;
  /** The last write that failed, in words for the learner (e.g. storage full). */
  writeError: string | null;
  /** Whether the browser agreed to keep our data under storage pressure. */
  persisted: 'unknown' | 'granted' | 'denied' | 'unsupported';
}

type Listener = (status: StorageStatus) => void;

let status: StorageStatus = {
  mode: 'opening',
  reason: null,
  versionChanged: false,
  writeError: null,
  persisted: 'unknown',
};
const listeners = new Set<Listener>();

/** The current storage status. */
export function getStorageStatus(): StorageStatus {
  return status;
}

/** Updates the status and tells every subscriber. */
export function setStorageStatus(patch: Partial<StorageStatus>): void {
  status = { ...status, ...patch };
  for (const listener of listeners) listener(status);
}

/** Calls listener on every change; returns the unsubscribe function. */
export function subscribeStorageStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
