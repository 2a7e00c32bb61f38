/** The next seven days' reviews, as a small bar list with the numbers written out. */
export default function PracticeForecast({ days }: { days: [string, number][] }) {
  const max = Math.max(1, ...days.map(([, n]) => n));
  return (
    <figure className="practice-forecast">
      <figcaption>Reviews due in the next 7 days</figcaption>
      <ol>
        {days.map(([day, n], i) => (
          <li key={day}>
            <span className="practice-forecast-day">
              {i === 0
                ? 'Today'
                : new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric' })}
            </span>
            <span className="practice-forecast-bar" style={{ inlineSize: `${(n / max) * 100}%` }} aria-hidden="true" />
            <span className="practice-forecast-count">{n}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
