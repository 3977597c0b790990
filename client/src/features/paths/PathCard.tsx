// One path as a person reads it: its number and length, then its entities by caption from one end to
// the other, each link between them by type with an arrow for its direction (↓ along the path,
// ↑ against it).
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { typeName } from '../../graph/captions.ts';
import { nodeCaption, nodeType, pathSpan, stepLink, stepsText } from './describe.ts';
import { TypeDot } from './EntityPicker.tsx';
import type { FoundPath, PathsAnswer } from './state.ts';

export function PathCard({
  answer,
  path,
  index,
}: {
  answer: PathsAnswer;
  path: FoundPath;
  index: number;
}): ReactNode {
  const { t } = useTranslation('paths');
  const span = pathSpan(path);
  return (
    <div className="path-card">
      <div className="path-card-head">
        <strong>{t('pathN', { n: index + 1 })}</strong>
        <span className="muted">{stepsText(path.length)}</span>
        {span && <span className="muted">{span}</span>}
      </div>
      <ol className="path-chain">
        {path.nodeIds.map((id, j) => {
          const link = j < path.edgeIds.length ? stepLink(answer, path, j) : null;
          const here = nodeCaption(answer, id);
          const next = link ? nodeCaption(answer, path.nodeIds[j + 1]!) : '';
          return (
            <Fragment key={`${j}-${id}`}>
              <li className="path-node" data-node={id}>
                <TypeDot type={nodeType(answer, id)} />
                <span className="path-caption">{here}</span>
                <span className="muted path-type">{typeName(nodeType(answer, id))}</span>
              </li>
              {link && (
                <li
                  className="path-link"
                  aria-label={
                    link.forward
                      ? t('linkSentence', { a: here, rel: link.rel, b: next })
                      : t('linkSentence', { a: next, rel: link.rel, b: here })
                  }
                >
                  <span aria-hidden="true">{link.forward ? '↓' : '↑'}</span> {link.rel}
                </li>
              )}
            </Fragment>
          );
        })}
      </ol>
    </div>
  );
}
