// Notes on an entity (the `annotate` permission): newest first, add one, delete one's own.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  DetailsAddNoteMutation,
  DetailsAddNoteMutationVariables,
  DetailsDeleteNoteMutation,
  DetailsDeleteNoteMutationVariables,
  DetailsNotesQuery,
  DetailsNotesQueryVariables,
} from '../../api/__generated__/operations.ts';
import { api } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { useWorkspace } from '../../app/store.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { DOC } from './data.ts';
import { ErrorLine, Loading, Section, useAsync } from './parts.tsx';

type Note = DetailsNotesQuery['notes']['items'][number];

export function Notes({ entityId }: { entityId: string }): ReactNode {
  const { t } = useTranslation('details');
  const user = useWorkspace((s) => s.user);
  const [text, setText] = useState('');
  const [added, setAdded] = useState<Note[]>([]);
  const [deleted, setDeleted] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const q = useAsync(`notes:${entityId}`, () =>
    api
      .request<DetailsNotesQuery, DetailsNotesQueryVariables>(DOC, { entityId, first: 50 }, 'DetailsNotes')
      .then((d) => d.notes),
  );
  const notes = [...added, ...(q.data?.items ?? []).filter((n) => !added.some((a) => a.id === n.id))].filter(
    (n) => !deleted.has(n.id),
  );

  const add = async () => {
    const body = text.trim();
    if (!body) return;
    setBusy(true);
    setError(null);
    try {
      const d = await api.request<DetailsAddNoteMutation, DetailsAddNoteMutationVariables>(
        DOC,
        { entityId, text: body },
        'DetailsAddNote',
      );
      setAdded((a) => [d.addNote, ...a]);
      setText('');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: string) => {
    setError(null);
    try {
      await api.request<DetailsDeleteNoteMutation, DetailsDeleteNoteMutationVariables>(
        DOC,
        { id },
        'DetailsDeleteNote',
      );
      setDeleted((d) => new Set(d).add(id));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <Section title={t('section.notes')} id="details-notes" count={q.data ? notes.length : undefined}>
      {q.loading && <Loading />}
      <ErrorLine text={q.error ?? error} />
      {q.data && !notes.length && <p className="muted">{t('notes.none')}</p>}
      <ul className="notes">
        {notes.map((n) => (
          <li key={n.id} className="note">
            <p className="note-text">{n.text}</p>
            <p className="muted small">
              {n.author} · {formatDateTime(n.createdAt)}
              {(n.authorId === user?.id || user?.role === 'admin') && (
                <>
                  {' · '}
                  <button type="button" className="link" onClick={() => void remove(n.id)}>
                    {t('notes.delete')}
                  </button>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
      <form
        className="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label className="visually-hidden" htmlFor="note-text">
          {t('notes.label')}
        </label>
        <textarea
          id="note-text"
          rows={2}
          maxLength={10000}
          value={text}
          placeholder={t('notes.placeholder')}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="primary" disabled={busy || !text.trim()}>
          {t('notes.add')}
        </button>
      </form>
    </Section>
  );
}
