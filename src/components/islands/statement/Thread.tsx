import { measure } from '../../../lib/statement/platforms.ts';
import type { Platform } from '../../../lib/statement/types.ts';
import type { Translate } from './labels.ts';

/** A too-long post as its numbered thread, each post counted and copied on its own. */
export function Thread({
  posts,
  channel,
  limit,
  onCopy,
  t,
}: {
  posts: string[];
  channel: Platform;
  limit: number;
  onCopy: (text: string) => void;
  t: Translate;
}) {
  return (
    <div class="thread">
      <h3>{t('statement.thread', { n: posts.length })}</h3>
      <ol>
        {posts.map((post, i) => (
          <li key={`${i}-${post.length}`}>
            <p class="thread-post">{post}</p>
            <p class="thread-meta">
              {t('statement.count', { length: measure(post, channel).length, limit })}{' '}
              <button type="button" class="link-button" onClick={() => onCopy(post)}>
                {t('statement.copyPost', { n: i + 1, total: posts.length })}
              </button>
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
