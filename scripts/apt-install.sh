# Sourced by the install scripts: apt_install WHO WITHOUT PACKAGE... installs Debian packages with
# apt-get, as root or through sudo. WHO prefixes every message; WITHOUT says what is skipped
# without the packages. Returns 1, having said why, when it cannot install them.
apt_install() {
  local who="$1" without="$2"; shift 2
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$who: no apt-get here; install $* by hand $without" >&2
    return 1
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "$who: not root and no sudo; run as root: apt-get install $* $without" >&2
      return 1
    fi
  fi
  if ! { DEBIAN_FRONTEND=noninteractive ${sudo[@]+"${sudo[@]}"} apt-get update && \
         DEBIAN_FRONTEND=noninteractive ${sudo[@]+"${sudo[@]}"} apt-get install -y --no-install-recommends "$@"; }; then
    echo "$who: apt-get could not install $* $without" >&2
    return 1
  fi
}
