#!/usr/bin/env bash
# Builds zhiban (release) and installs it under PREFIX, so that `zhiban` works from any folder:
#
#   Scripts/install.sh            # PREFIX = ~/.local  (no sudo; ~/.local/bin is on most PATHs)
#   sudo Scripts/install.sh /usr/local
#
# Installs PREFIX/bin/zhiban (a link to PREFIX/lib/zhiban/zhiban, which keeps the bundled
# examples beside it), the man page PREFIX/share/man/man1/zhiban.1, and completions for bash,
# zsh and fish. Run it again to update; remove those paths to uninstall.
# ZHIBAN_BUILT=DIR installs the zhiban already built in DIR instead of building (the tests use it).
set -euo pipefail

prefix="${1:-${PREFIX:-$HOME/.local}}"
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac
built="${ZHIBAN_BUILT:+$(cd "$ZHIBAN_BUILT" && pwd)}"
cd "$(dirname "$0")/.."

if [ -z "$built" ]; then
  echo "zhiban: building (release)…"
  swift build -c release --product zhiban
  built="$(swift build -c release --show-bin-path)"
fi
[ -x "$built/zhiban" ] || { echo "zhiban: no zhiban in $built" >&2; exit 1; }

# The man page, made by swift-argument-parser's generate-manual from the commands' help (in its
# own build folder, so it never waits for another build of zhiban). In English: generate-manual
# drops every non-ASCII character, so the Chinese half of the help would leave holes.
echo "zhiban: making the man page…"
manual_tool=.build/manual-tool
swift build --package-path .build/checkouts/swift-argument-parser --scratch-path "$manual_tool" \
  --product generate-manual >/dev/null
pages="$(mktemp -d)"
trap 'rm -rf "$pages"' EXIT
LC_ALL=en_US.UTF-8 "$manual_tool/debug/generate-manual" "$built/zhiban" --output-directory "$pages"

lib="$prefix/lib/zhiban"
install -d "$prefix/bin" "$lib" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$built/zhiban" "$lib/zhiban"
for bundle in "$built"/zhiban_*.resources; do
  case "$bundle" in *Tests.resources) continue ;; esac
  rm -rf "$lib/$(basename "$bundle")"
  cp -R "$bundle" "$lib/"
done
ln -sfn "../lib/zhiban/zhiban" "$prefix/bin/zhiban"
install -m 644 "$pages/zhiban.1" "$prefix/share/man/man1/zhiban.1"
LC_ALL=en_US.UTF-8 "$lib/zhiban" --generate-completion-script bash > "$prefix/share/bash-completion/completions/zhiban"
LC_ALL=en_US.UTF-8 "$lib/zhiban" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_zhiban"
LC_ALL=en_US.UTF-8 "$lib/zhiban" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/zhiban.fish"

echo "zhiban $("$lib/zhiban" --version) installed in $prefix"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "Add $prefix/bin to PATH, e.g.: echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.bashrc" ;;
esac
