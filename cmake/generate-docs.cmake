# Runs the campaign binary to write campaign(1), one man page per command (in English and
# in Vietnamese) that `campaign --help`
# lists under "Subcommands:", and the completion scripts for bash, zsh and fish.
# Called by src/CMakeLists.txt with -DBINARY=… -DOUT=…
set(ENV{ASAN_OPTIONS} "detect_leaks=0")
# The English pages and completions (the words of --help are English with LANGUAGE=en).
set(ENV{LANGUAGE} "en")
# Runs `campaign ARGS…` into FILE, stopping the build when it fails.
function(campaign_write file)
  execute_process(COMMAND ${BINARY} ${ARGN} OUTPUT_FILE ${file} RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "campaign ${ARGN} failed (${status})")
  endif()
endfunction()
execute_process(COMMAND ${BINARY} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "campaign --help failed (${status})")
endif()
string(REGEX REPLACE ".*\nSubcommands:\n" "" listing "${help}")
string(REGEX MATCHALL "\n  [a-z][a-z-]*" names "\n${listing}")  # not the wrapped lines of a description
set(commands campaign)
foreach(name IN LISTS names)
  string(STRIP "${name}" name)
  list(APPEND commands ${name})
endforeach()
# The English pages, then the Vietnamese ones (man/vi/man1, the same commands, the words of
# `campaign --lang vi --help`; the binary finds its catalog in the build tree).
foreach(language en vi)
  set(ENV{LANGUAGE} ${language})
  set(dir ${OUT}/man1)
  if(language STREQUAL "vi")
    set(dir ${OUT}/vi/man1)
  endif()
  foreach(command IN LISTS commands)
    set(page ${dir}/campaign-${command}.1)
    if(command STREQUAL "campaign")
      set(page ${dir}/campaign.1)
    endif()
    campaign_write(${page} --lang ${language} manpage ${command})
  endforeach()
endforeach()
set(ENV{LANGUAGE} "en")
foreach(shell bash zsh fish)
  set(file ${OUT}/completions/campaign.${shell})
  if(shell STREQUAL "zsh")
    set(file ${OUT}/completions/_campaign)
  endif()
  campaign_write(${file} completion ${shell})
endforeach()
