//! `step`: the one binary of the platform. See `step --help`.

mod cli;
mod config;
mod generate;
mod rounds;

fn main() -> std::process::ExitCode {
    let _telemetry = step_telemetry::init("step");
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("tokio runtime");
    match runtime.block_on(cli::run()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Fehler: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
