// The suite fails on console noise: library code must not log.
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[method];
  jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    original.apply(console, args);
    throw new Error(`console.${method} was called during a test: ${args.map(String).join(' ').slice(0, 200)}`);
  });
}
