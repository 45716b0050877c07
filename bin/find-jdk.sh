# Sourced by ./copydesk and ./run-tests: sets COPYDESK_JDK to a JDK 21+ home, or explains what is missing.
# Looks at COPYDESK_JAVA_HOME, JAVA_HOME, the java on PATH, then the usual install places.

copydesk_java_major() { # prints the major version of $1/bin/java, or nothing
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  case "$v" in 1.*) v=${v#1.}; v=${v%%.*} ;; esac
  printf '%s' "${v%%.*}"
}

copydesk_find_jdk() {
  local need=21 c major seen="" candidates=()
  [ -n "${COPYDESK_JAVA_HOME:-}" ] && candidates+=("$COPYDESK_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    c=$(readlink -f "$(command -v java)" 2>/dev/null) && candidates+=("${c%/bin/java}")
  fi
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
           "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] && candidates+=("$c")
  done
  # Newest first among the install places, but an explicit JAVA_HOME that is new enough wins.
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] || continue
    major=$(copydesk_java_major "$c")
    seen="$seen\n  $c (Java ${major:-?})"
    if [ -n "$major" ] && [ "$major" -ge "$need" ] 2>/dev/null && [ -x "$c/bin/javac" ]; then
      COPYDESK_JDK="$c"
      return 0
    fi
  done
  {
    echo "copydesk: needs a JDK (with javac) of version $need or newer, and found none."
    if [ -n "$seen" ]; then printf 'Java installations found, all too old or without javac:%b\n' "$seen"; else echo "No Java installation was found."; fi
    echo "Install one (for example: apt-get install openjdk-21-jdk, or https://adoptium.net),"
    echo "then run again, or point COPYDESK_JAVA_HOME at it."
  } >&2
  return 1
}
