// campaign manpage / campaign completion: the man pages and the shell completions, generated
// from the command line's own definition (the CLI11 apps of every subcommand), so they can never
// disagree with --help. Both are hidden commands: the build runs them to make the files that
// `cmake --install` and the Debian package ship (man/man1/*.1, completions for bash, zsh, fish).
#include <algorithm>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "campaign/i18n/translate.hpp"
#include "choices.hpp"
#include "common.hpp"
#include "exit_codes.hpp"
#include "messages.hpp"

namespace campaign::cli {
namespace {

/// One option as the generators need it.
struct OptionInfo {
  std::vector<std::string> names;  ///< "-o", "--output"
  std::string value;               ///< "FILE"; empty for a flag
  std::string help;
  std::vector<std::string> words;  ///< the values it accepts, when they are a fixed list
};

struct CommandInfo {
  std::string name;  ///< "validate"; "campaign" for the program itself
  std::string summary;
  std::string positional;  ///< "PATHS..." or empty
  std::string footer;
  std::vector<OptionInfo> options;
};

/// The commands a user sees (hidden ones, in the group "", left out).
std::vector<const CLI::App*> visible_commands(const CLI::App& app) {
  std::vector<const CLI::App*> out;
  for (const CLI::App* sub : app.get_subcommands({}))
    if (!sub->get_group().empty()) out.push_back(sub);
  return out;
}

CommandInfo describe(const CLI::App& app, std::string name) {
  CommandInfo info{std::move(name), app.get_description(), "", app.get_footer(), {}};
  for (const CLI::Option* o : app.get_options()) {
    if (o->get_group().empty()) continue;  // hidden aliases kept for old scripts
    if (o->get_positional()) {
      // The name --help shows: every positional is given one ("FILES|DIRS", "YEAR", "COMMAND").
      std::string p = o->get_type_name();
      p = p.substr(0, p.find(':'));  // a check's set ("SHELL:{bash,zsh,fish}") is in the help text
      info.positional += (info.positional.empty() ? "" : " ") + p + (o->get_expected_max() > 1 ? "..." : "");
      continue;
    }
    OptionInfo oi;
    for (const std::string& s : o->get_snames()) oi.names.push_back("-" + s);
    for (const std::string& l : o->get_lnames()) oi.names.push_back("--" + l);
    if (o->get_items_expected_max() > 0) {
      oi.value = o->get_type_name();
      oi.value = oi.value.substr(0, oi.value.find(':'));  // "TEXT:{a,b}" → "TEXT"
    }
    oi.help = o->get_description();
    oi.words = words_of(*o);
    info.options.push_back(std::move(oi));
  }
  return info;
}

// ---- roff (man(7)) --------------------------------------------------------------------------

/// Text for a roff line: backslashes doubled as \e, hyphens as \-, a leading '.' or '\'' guarded.
std::string roff(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
  return out;
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

void write_man(std::ostream& out, const CommandInfo& c, const std::vector<CommandInfo>& commands) {
  const bool top = c.name == "campaign";
  const std::string page = top ? "campaign" : "campaign-" + c.name;
  // The coding tag tells man (preconv) the page is UTF-8 whatever the locale: the Vietnamese pages
  // need it, the English ones are ASCII and read the same.
  out << ".\\\" -*- coding: UTF-8 -*-\n";
  out << ".TH " << upper(roff(page)) << " 1 \"\" \"campaign " << CAMPAIGN_VERSION << "\" \""
      << roff(i18n::tr("campaign manual")) << "\"\n";
  out << ".SH " << i18n::tr("NAME") << "\n" << roff(page) << " \\- " << roff(c.summary) << "\n";
  out << ".SH " << i18n::tr("SYNOPSIS") << "\n.B campaign\n";
  if (!top) out << ".B " << roff(c.name) << "\n";
  out << "[\\fI" << roff(i18n::tr("OPTIONS")) << "\\fR]";
  if (top) out << " \\fI" << roff(i18n::tr("COMMAND")) << "\\fR [\\fI" << roff(i18n::tr("ARGS")) << "\\fR]";
  if (!c.positional.empty()) out << " \\fI" << roff(c.positional) << "\\fR";
  out << "\n.SH " << i18n::tr("DESCRIPTION") << "\n" << roff(c.summary) << ".\n";
  if (top) {
    out << ".SH " << i18n::tr("COMMANDS") << "\n";
    for (const CommandInfo& sub : commands)
      out << ".TP\n.B " << roff(sub.name) << "\n"
          << roff(sub.summary) << " (" << i18n::tr("see") << "\n.BR campaign\\-" << roff(sub.name) << " (1)).\n";
  }
  // The label of --help ("TÙY_CHỌN" in Vietnamese, one word for CLI11's usage line), as a heading.
  std::string options_heading(i18n::tr("OPTIONS"));
  std::replace(options_heading.begin(), options_heading.end(), '_', ' ');
  if (!c.options.empty()) out << ".SH " << options_heading << "\n";
  for (const OptionInfo& o : c.options) {
    out << ".TP\n";
    for (std::size_t i = 0; i < o.names.size(); ++i) out << (i ? ", " : "") << "\\fB" << roff(o.names[i]) << "\\fR";
    if (!o.value.empty()) out << " \\fI" << roff(o.value) << "\\fR";
    out << "\n" << roff(o.help) << "\n";
  }
  if (!c.footer.empty()) {  // the help's own paragraphs (formats, exit status, examples), as laid out
    out << ".SH " << i18n::tr("NOTES") << "\n.nf\n";
    std::istringstream lines(c.footer);
    for (std::string line; std::getline(lines, line);) out << (line.empty() ? "" : roff(line)) << "\n";
    out << ".fi\n";
  }
  out << ".SH " << i18n::tr("SEE ALSO") << "\n";
  if (top) {
    for (std::size_t i = 0; i < commands.size(); ++i)
      out << ".BR campaign\\-" << roff(commands[i].name) << " (1)" << (i + 1 < commands.size() ? "," : "") << "\n";
  } else {
    out << ".BR campaign (1)\n";
  }
  out << ".PP\n"
      << roff(i18n::tr("The documentation in /usr/share/doc/campaign (format.md, errors.md and one page per command)."))
      << "\n";
}

// ---- shell completion -----------------------------------------------------------------------

std::string joined(const std::vector<std::string>& words, const std::string& sep = " ") {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : sep) + w;
  return out;
}

/// A text in single quotes for sh, zsh and fish ('it'\''s').
std::string sh_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

void write_bash(std::ostream& out, const CommandInfo& top, const std::vector<CommandInfo>& commands) {
  std::vector<std::string> names;
  for (const CommandInfo& c : commands) names.push_back(c.name);
  out << "# bash completion for campaign (generated by 'campaign completion bash'; do not edit)\n"
      << "_campaign() {\n"
      << "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
      << "  local IFS=$'\\n'\n"
      << "  if [[ $COMP_CWORD -eq 1 ]]; then\n"
      << "    COMPREPLY=($(compgen -W \"$(printf '%s\\n' " << joined(names) << " help " << joined([&] {
           std::vector<std::string> n;
           for (const OptionInfo& o : top.options) n.insert(n.end(), o.names.begin(), o.names.end());
           return n;
         }())
      << ")\" -- \"$cur\"))\n    return\n  fi\n"
      << "  case \"${COMP_WORDS[1]}\" in\n"
      << "    help) COMPREPLY=($(compgen -W \"$(printf '%s\\n' " << joined(names) << ")\" -- \"$cur\")); return ;;\n";
  for (const CommandInfo& c : commands) {
    std::vector<std::string> all;
    out << "    " << c.name << ")\n      case \"$prev\" in\n";
    for (const OptionInfo& o : c.options) {
      all.insert(all.end(), o.names.begin(), o.names.end());
      if (o.value.empty()) continue;
      out << "        " << joined(o.names, "|") << ") ";
      if (!o.words.empty())
        out << "COMPREPLY=($(compgen -W \"$(printf '%s\\n' " << joined(o.words) << ")\" -- \"$cur\"))";
      else
        out << "COMPREPLY=($(compgen -f -- \"$cur\"))";
      out << "; return ;;\n";
    }
    out << "      esac\n"
        << "      if [[ $cur == -* ]]; then\n"
        << "        COMPREPLY=($(compgen -W \"$(printf '%s\\n' " << joined(all) << ")\" -- \"$cur\"))\n"
        << "      else\n        COMPREPLY=($(compgen -f -- \"$cur\"))\n      fi ;;\n";
  }
  out << "  esac\n}\ncomplete -o filenames -o bashdefault -F _campaign campaign\n";
}

/// A zsh _arguments description: brackets and colons escaped.
std::string zsh_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

void write_zsh(std::ostream& out, const std::vector<CommandInfo>& commands) {
  out << "#compdef campaign\n# zsh completion for campaign (generated by 'campaign completion zsh'; do not edit)\n"
      << "_campaign() {\n  local -a commands\n  commands=(\n";
  for (const CommandInfo& c : commands) out << "    " << sh_quote(c.name + ":" + zsh_text(c.summary)) << "\n";
  out << "    'help:Show the help of a command'\n  )\n"
      << "  if (( CURRENT == 2 )); then\n    _describe 'command' commands\n    return\n  fi\n"
      << "  local command=$words[2]\n  shift words\n  (( CURRENT-- ))\n  case $command in\n"
      << "    help) _describe 'command' commands ;;\n";
  for (const CommandInfo& c : commands) {
    out << "    " << c.name << ")\n      _arguments -s";
    for (const OptionInfo& o : c.options) {
      // One spec per name; "(-o --output)" makes each exclude the other once given.
      const std::string exclusive = o.names.size() > 1 ? "(" + joined(o.names) + ")" : "";
      for (const std::string& name : o.names) {
        std::string spec = exclusive + name + "[" + zsh_text(o.help) + "]";
        if (!o.value.empty())
          spec += ":" + zsh_text(o.value) + ":" + (o.words.empty() ? "_files" : "(" + joined(o.words) + ")");
        out << " \\\n        " << sh_quote(spec);
      }
    }
    out << " \\\n        '*:file:_files' ;;\n";
  }
  out << "  esac\n}\n_campaign \"$@\"\n";
}

void write_fish(std::ostream& out, const std::vector<CommandInfo>& commands) {
  std::vector<std::string> names;
  for (const CommandInfo& c : commands) names.push_back(c.name);
  out << "# fish completion for campaign (generated by 'campaign completion fish'; do not edit)\n"
      << "complete -c campaign -f -n __fish_use_subcommand -a help -d 'Show the help of a command'\n"
      << "complete -c campaign -f -n '__fish_seen_subcommand_from help' -a " << sh_quote(joined(names)) << "\n";
  for (const CommandInfo& c : commands) {
    out << "complete -c campaign -f -n __fish_use_subcommand -a " << c.name << " -d " << sh_quote(c.summary) << "\n";
    const std::string when = " -n '__fish_seen_subcommand_from " + c.name + "'";
    for (const OptionInfo& o : c.options) {
      out << "complete -c campaign" << when;
      for (const std::string& n : o.names) out << (n.rfind("--", 0) == 0 ? " -l " + n.substr(2) : " -s " + n.substr(1));
      if (!o.value.empty()) out << (o.words.empty() ? " -r -F" : " -x -a " + sh_quote(joined(o.words)));
      out << " -d " << sh_quote(o.help) << "\n";
    }
  }
}

struct GenerateOptions {
  std::string what;  // manpage: a command or "campaign"; completion: bash, zsh or fish
};

}  // namespace

void add_generators(CLI::App& app, Outcome& outcome) {
  auto man = std::make_shared<GenerateOptions>();
  CLI::App* manpage =
      app.add_subcommand("manpage", i18n::tr("Print the man page of campaign or of one command (roff)"));
  manpage->group("");  // for the build and packagers, not in the help
  manpage->add_option("command", man->what, i18n::tr("campaign, or a command's name"))
      ->required()
      ->type_name("COMMAND");
  manpage->callback([&app, man, &outcome] {
    std::vector<CommandInfo> commands;
    for (const CLI::App* sub : visible_commands(app)) commands.push_back(describe(*sub, sub->get_name()));
    if (man->what == "campaign") {
      CommandInfo top = describe(app, "campaign");
      if (top.summary.rfind("campaign: ", 0) == 0) top.summary.erase(0, 10);  // NAME says "campaign - …"
      write_man(std::cout, top, commands);
      return;
    }
    for (const CommandInfo& c : commands)
      if (c.name == man->what) {
        write_man(std::cout, c, commands);
        return;
      }
    say_error(i18n::trf("manpage: unknown command '{}'", man->what));
    outcome = Outcome::cannot_run;
  });
  auto shell = std::make_shared<GenerateOptions>();
  CLI::App* completion =
      app.add_subcommand("completion", i18n::tr("Print the shell completion script for bash, zsh or fish"));
  completion->group("");
  completion->add_option("shell", shell->what, i18n::tr("bash, zsh or fish"))
      ->required()
      ->type_name("SHELL")
      ->check(one_of({"bash", "zsh", "fish"}));
  completion->callback([&app, shell] {
    std::vector<CommandInfo> commands;
    for (const CLI::App* sub : visible_commands(app)) commands.push_back(describe(*sub, sub->get_name()));
    if (shell->what == "bash") write_bash(std::cout, describe(app, "campaign"), commands);
    if (shell->what == "zsh") write_zsh(std::cout, commands);
    if (shell->what == "fish") write_fish(std::cout, commands);
  });
}

}  // namespace campaign::cli
