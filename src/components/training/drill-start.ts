/**
 * The drill page's start form (DrillStart.astro): on submit, loads the drill-play store and starts
 * the drill (a practice incident), then opens crisis mode; a refusal is said in the form.
 */
const form = document.querySelector<HTMLFormElement>('form[data-drill-start]');
form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = form.dataset;
  const drill = JSON.parse(data['drillStart'] ?? '{}');
  const mode = new FormData(form).get('mode') === 'facilitated' ? 'facilitated' : 'solo';
  const button = form.querySelector('button');
  if (button) button.disabled = true;
  const { startDrill } = await import('../../stores/drill-play.ts');
  const wrong = await startDrill({ ...drill, drillId: drill.id, mode });
  if (button) button.disabled = false;
  if (!wrong) {
    location.assign(data['crisis'] ?? '/');
    return;
  }
  const error = form.querySelector('[data-start-error]');
  if (error) error.textContent = data[`error-${wrong}`.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] ?? wrong;
  const more = form.querySelector<HTMLElement>('[data-start-continue]');
  if (more) more.hidden = wrong === 'not-saved';
});
