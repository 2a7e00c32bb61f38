import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { createReview, deleteReview, updateReview, type ReviewPatch } from '../db/reviews';
import type { ReviewDocumentTemplate } from '../lib/schema/rubrics';
import ReviewDocumentEditor from './ReviewDocumentEditor';
import ServiceList from './ServiceList';
import StorageNotice from './StorageNotice';
import { useLearnerDb } from './hooks/useLearnerDb';

interface Props {
  template: ReviewDocumentTemplate;
}

/** Review documents, one per service: pick or start one, write it section by section, download it as Markdown. */
export default function ReviewDocuments({ template }: Props) {
  const db = useLearnerDb();
  const docs = useLiveQuery(async () => (db ? db.reviews.orderBy('updatedAt').reverse().toArray() : undefined), [db]);
  const [openId, setOpenId] = useState<string>();

  const save = useCallback(
    async (id: string, patch: ReviewPatch) => {
      if (db) await updateReview(db, id, patch);
    },
    [db],
  );

  if (!db || !docs) return null;
  // Reopen the document picked, else the one changed last. The list is only
  // re-sorted by the editor's own saves, so the open document stays open.
  const open = docs.find((d) => d.id === openId) ?? docs[0];

  return (
    <div className="review-tool">
      <StorageNotice />
      <ServiceList
        noun="review document"
        items={docs}
        openId={open?.id}
        onOpen={setOpenId}
        onCreate={async (service) => setOpenId((await createReview(db, service)).id)}
        onDelete={(doc) => {
          if (window.confirm(`Delete the review document of ${doc.service}? This cannot be undone.`)) {
            void deleteReview(db, doc.id).catch(() => undefined); // the storage notice explains failures
          }
        }}
      />
      {open ? (
        <ReviewDocumentEditor
          key={open.id}
          doc={open}
          template={template}
          onSave={(value) => save(open.id, value)}
          // Pin the document being edited, so a change to another one (say, in another tab) cannot swap it out.
          onEdit={() => setOpenId(open.id)}
        />
      ) : (
        <p>Name the service you are reviewing to start its document.</p>
      )}
    </div>
  );
}
