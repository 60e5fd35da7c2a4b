# bash completion for ecsplan-cli (installed as share/bash-completion/completions/ecsplan-cli).
# One case branch per verb lists exactly the options of "ecsplan-cli VERB --help"; the CTest
# installer.manpages checks that they agree.

_ecsplan_cli()
{
    local cur prev words cword
    _init_completion || return

    local verbs="catalog check diff export generate help import info report validate"
    local verb="" i
    for ((i = 1; i < cword; i++)); do
        if [[ ${words[i]} != -* ]]; then
            verb=${words[i]}
            break
        fi
    done

    if [[ -z ${verb} ]]; then
        if [[ ${cur} == -* ]]; then
            COMPREPLY=($(compgen -W "-h --help -v --version" -- "${cur}"))
        else
            COMPREPLY=($(compgen -W "${verbs}" -- "${cur}"))
        fi
        return
    fi

    # Values of options that take one.
    case ${prev} in
    -f | --format)
        case ${verb} in
        check) COMPREPLY=($(compgen -W "text json sarif" -- "${cur}")) ;;
        report) COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}")) ;;
        diff) COMPREPLY=($(compgen -W "table json markdown" -- "${cur}")) ;;
        esac
        return
        ;;
    --fail-on)
        COMPREPLY=($(compgen -W "error warning advice" -- "${cur}"))
        return
        ;;
    --billing)
        COMPREPLY=($(compgen -W "payAsYouGo subscription1y subscription3y preemptible savingsPlan" -- "${cur}"))
        return
        ;;
    --currency)
        COMPREPLY=($(compgen -W "CNY USD" -- "${cur}"))
        return
        ;;
    -o | --output)
        case ${verb} in
        generate | import) _filedir ecsplan ;;
        catalog) _filedir json ;;
        *) _filedir -d ;;
        esac
        return
        ;;
    --price-sheet | --catalog-overlay)
        _filedir json
        return
        ;;
    -n | --components | --seed | --traffic)
        return
        ;;
    --backend-bucket | --backend-region | --backend-tablestore-endpoint | --backend-tablestore-table | \
        --backend-prefix | --backend-key | --provider-version | --name-prefix)
        return
        ;;
    esac

    local opts=""
    case ${verb} in
    catalog)
        opts="-o --output -h --help"
        ;;
    check)
        opts="--format --fail-on --catalog-overlay -h --help"
        ;;
    diff)
        opts="-f --format --exit-code --price-sheet --catalog-overlay -h --help"
        ;;
    export)
        opts="-o --output --backend-bucket --backend-region --backend-tablestore-endpoint
              --backend-tablestore-table --backend-prefix --backend-key --backend-no-encrypt
              --provider-version --name-prefix --no-catalog --catalog-overlay -h --help"
        ;;
    generate)
        opts="-n --components --seed -o --output -h --help"
        ;;
    import)
        opts="-o --output -h --help"
        ;;
    info)
        opts="-h --help"
        ;;
    report)
        opts="--format --billing --currency --explain --price-sheet --catalog-overlay --traffic -h --help"
        ;;
    validate)
        opts="-q --quiet --no-catalog -h --help"
        ;;
    help)
        COMPREPLY=($(compgen -W "${verbs/help/}" -- "${cur}"))
        return
        ;;
    *)
        return
        ;;
    esac

    if [[ ${cur} == -* ]]; then
        COMPREPLY=($(compgen -W "${opts}" -- "${cur}"))
        return
    fi
    if [[ ${verb} == catalog ]]; then
        # "catalog import DIR": the action, then the folder of saved responses.
        local positional=0
        for ((i = i + 1; i < cword; i++)); do
            [[ ${words[i]} != -* && ${words[i - 1]} != -o && ${words[i - 1]} != --output ]] && ((positional++))
        done
        if ((positional == 0)); then
            COMPREPLY=($(compgen -W "import" -- "${cur}"))
        else
            _filedir -d
        fi
        return
    fi
    if [[ ${verb} == export || ${verb} == import ]]; then
        # The first argument after "export" / "import" is the format.
        local positional=0
        for ((i = i + 1; i < cword; i++)); do
            [[ ${words[i]} != -* && ${words[i - 1]} != -o && ${words[i - 1]} != --output ]] && ((positional++))
        done
        if ((positional == 0)); then
            if [[ ${verb} == export ]]; then
                COMPREPLY=($(compgen -W "terraform" -- "${cur}"))
            else
                COMPREPLY=($(compgen -W "terraform-json" -- "${cur}"))
            fi
            return
        fi
        if [[ ${verb} == import ]]; then
            _filedir json
            return
        fi
    fi
    _filedir ecsplan
} &&
    complete -F _ecsplan_cli ecsplan-cli
