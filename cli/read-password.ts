import { stdin, stdout } from 'node:process';
import { UsageError } from '@/scripts/run-command';

/** Reads all of standard input (for --password-stdin), without the final newline. */
export async function readPasswordFromStdin(): Promise<string> {
  let text = '';
  for await (const chunk of stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

/** Asks for a password on the terminal without echoing it; refuses when there is no terminal. */
export async function promptPassword(question: string): Promise<string> {
  if (!stdin.isTTY)
    throw new UsageError('No terminal to ask for the password: pass it on standard input with --password-stdin.');
  stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const onData = (key: string) => {
      for (const char of key) {
        if (char === '\r' || char === '\n') {
          finish();
          return resolve(value);
        }
        if (char === '\u0003') {
          finish();
          return reject(new UsageError('Canceled.'));
        }
        value = char === '\u007f' ? value.slice(0, -1) : value + char;
      }
    };
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
    };
    stdin.on('data', onData);
  });
}
