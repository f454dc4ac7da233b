# Debian's chromium for the browser tests (no browser download).
if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null || fail "could not install chromium"
fi
